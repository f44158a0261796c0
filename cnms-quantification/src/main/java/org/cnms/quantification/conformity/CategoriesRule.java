// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.2.1 a)–f), beyond T/CAS 612: every category has a source (or, for a), a sink) or a statement of
 * why it has none. The standard permits (可以) the grouping into categories and asks for no
 * category to be filled, so a category without a source is an observation at most.
 */
final class CategoriesRule extends AbstractConformityRule {

  CategoriesRule() {
    super("quant.6.2.1.beyond.categories-addressed", "6.2.1", QuantificationTexts.TEXT, true);
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Set<EmissionCategory> addressed = EnumSet.noneOf(EmissionCategory.class);
    for (GhgSource src : s.sources()) {
      addressed.add(src.category());
    }
    if (!s.sinks().isEmpty()) {
      addressed.add(EmissionCategory.DIRECT);
    }
    List<String> stated = new ArrayList<>();
    for (CategoryStatement c : s.categoryStatements()) {
      if (addressed.add(c.category())) {
        stated.add(c.category().citation());
      }
    }
    List<Finding> problems = new ArrayList<>();
    for (EmissionCategory c : EmissionCategory.values()) {
      if (!addressed.contains(c)) {
        problems.add(finding(Verdict.OBSERVATION, id() + ".unaddressed",
            List.of(s.organisation().id()), c.citation(), c.code())
            .withItems(List.of(c.citation())));
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms", List.of(s.organisation().id()),
        stated.isEmpty() ? "—" : join(stated)));
  }
}
