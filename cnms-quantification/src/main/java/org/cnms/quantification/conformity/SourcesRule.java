// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.2.1: the GHG sources and sinks are identified (—1), no source within the scope and boundary is
 * excluded, whatever the stated reason (不应排除, —2), and they are identified again after each
 * recorded change of business activities (—9): a GHG review confirming their completeness follows
 * the change. Grouping them into the categories a)–f) is permitted (可以), not required: see
 * {@link CategoriesRule}.
 */
final class SourcesRule extends AbstractConformityRule {

  SourcesRule() {
    super("quant.6.2.1.sources-identified", "6.2.1", QuantificationTexts.TEXT,
        List.of("—1", "—2", "—9"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    String id = id();
    if (s.sources().isEmpty() && s.sinks().isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
          .withItems(List.of("—1")));
    }
    List<Finding> problems = new ArrayList<>();
    for (GhgSource src : s.sources()) {
      if (src.excluded()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".excluded", List.of(src.id()),
            src.id(), src.name(), src.exclusionJustification().orElse(""))
            .withItems(List.of("—2")));
      }
    }
    List<ChangeRecord> changes = Changes.notFollowedByAReview(s, Changes.OF_ACTIVITIES,
        context.assessmentDate());
    for (ChangeRecord c : changes) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-identified-again",
          List.of(c.id()), c.id(), c.changedOn().toString(), c.description())
          .withItems(List.of("—9")));
    }
    List<String> ids = new ArrayList<>();
    s.sources().forEach(x -> ids.add(x.id()));
    s.sinks().forEach(x -> ids.add(x.id()));
    return problemsOr(problems, conforms(id + ".conforms", ids,
        String.valueOf(s.sources().size()), String.valueOf(s.sinks().size())));
  }
}
