// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.3 a): every energy measuring instrument (能源计量器具) of the register — one GB 17167 requires
 * ({@link MeasuringInstrument#gb17167Required()}) — is recorded as fitted as GB 17167 requires
 * ({@link MeasuringInstrument#fittedPerGb17167()}). Whether it really is needs the rules of GB
 * 17167 itself, which are not judged here.
 */
final class EnergyInstrumentsRule extends AbstractConformityRule {

  EnergyInstrumentsRule() {
    super("quant.9.1.3.energy-instruments-gb17167", "9.1.3", QuantificationTexts.TEXT,
        List.of("a)"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    List<Finding> problems = new ArrayList<>();
    List<String> energy = new ArrayList<>();
    for (MeasuringInstrument m : context.system().instruments()) {
      if (!m.gb17167Required().orElse(false)) {
        continue;
      }
      energy.add(m.id());
      if (m.fittedPerGb17167().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".unrecorded", List.of(m.id()),
            m.id()).withItems(List.of("a)")));
      } else if (!m.fittedPerGb17167().get()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-fitted", List.of(m.id()),
            m.id()).withItems(List.of("a)")));
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms", energy,
        String.valueOf(energy.size()), energy.isEmpty() ? "—" : join(energy))
        .withItems(List.of("a)")));
  }
}
