// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.IndicatorDenominator;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.4: at least one carbon neutrality performance indicator is chosen (—1), and every phased
 * target set as an intensity reduction is measured by an intensity indicator with a denominator,
 * so that the indicators can show the improvement of performance (b)). Which of the kinds a)–f)
 * of the second list an indicator is, is free (可以).
 */
final class IndicatorsRule extends AbstractConformityRule {

  IndicatorsRule() {
    super("quant.6.4.indicators-chosen", "6.4", QuantificationTexts.TEXT, List.of("—1", "b)"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    String id = id();
    if (s.indicators().isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
          .withItems(List.of("—1")));
    }
    List<Finding> problems = new ArrayList<>();
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      for (PhasedTarget p : t.phasedTargets()) {
        if (p.kind() != PhasedTargetKind.INTENSITY_REDUCTION_PERCENT) {
          continue;
        }
        // an intensity target names its indicator (a PhasedTarget invariant)
        String indicatorId = p.indicatorId().orElseThrow();
        Optional<IndicatorDenominator> denominator = s.find(indicatorId,
            PerformanceIndicator.class).flatMap(PerformanceIndicator::denominator);
        if (denominator.isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".target-not-on-intensity",
              List.of(p.id(), indicatorId), p.id(), indicatorId).withItems(List.of("b)")));
        }
      }
    }
    List<String> ids = s.indicators().stream().map(PerformanceIndicator::id).toList();
    return problemsOr(problems, conforms(id + ".conforms", ids, String.valueOf(ids.size()),
        join(ids)));
  }
}
