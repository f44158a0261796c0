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

/**
 * 6.4: at least one performance indicator is chosen; intensity indicators name their denominator
 * and its unit, and every intensity target is measured by such an indicator.
 */
final class IndicatorsRule extends AbstractConformityRule {

  IndicatorsRule() {
    super("quant.6.4.indicators-chosen", "6.4");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    if (s.indicators().isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未选择碳中和绩效参数",
          "No carbon-neutrality performance indicator is chosen", List.of()));
    }
    List<Finding> problems = new ArrayList<>();
    List<String> intensities = new ArrayList<>();
    for (PerformanceIndicator i : s.indicators()) {
      if (i.kind().needsDenominator()) {
        intensities.add(i.id());
        if (i.denominator().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "强度绩效参数 " + i.id() + "（" + i.name() + "）未注明分母及其单位",
              "Intensity indicator " + i.id() + " (" + i.name()
                  + ") names no denominator and unit", List.of(i.id())));
        }
      }
    }
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      for (PhasedTarget p : t.phasedTargets()) {
        if (p.kind() != PhasedTargetKind.INTENSITY_REDUCTION_PERCENT) {
          continue;
        }
        Optional<PerformanceIndicator> ind = p.indicatorId()
            .flatMap(id -> s.find(id, PerformanceIndicator.class));
        Optional<IndicatorDenominator> denominator = ind.flatMap(
            PerformanceIndicator::denominator);
        if (denominator.isEmpty()) {
          List<String> refs = new ArrayList<>(List.of(p.id()));
          p.indicatorId().ifPresent(refs::add);
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "强度目标 " + p.id() + " " + (p.indicatorId().isEmpty() ? "未指定绩效参数"
                  : "的绩效参数 " + p.indicatorId().get() + " 不是注明分母的强度参数"),
              "Intensity target " + p.id() + (p.indicatorId().isEmpty() ? " names no indicator"
                  : " is measured by indicator " + p.indicatorId().get()
                      + ", which is not an intensity with a denominator"), refs));
        }
      }
    }
    List<String> ids = s.indicators().stream().map(PerformanceIndicator::id).toList();
    return problemsOr(problems, conforms(
        "已选择绩效参数 " + ids.size() + " 个（" + join(ids) + "）" + (intensities.isEmpty() ? ""
            : "；强度参数 " + join(intensities) + " 均注明分母及其单位"),
        ids.size() + " performance indicators are chosen (" + join(ids) + ")"
            + (intensities.isEmpty() ? "" : "; the intensity indicators " + join(intensities)
                + " name their denominator and unit"), ids));
  }
}
