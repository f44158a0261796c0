package org.cnms.quantification.conformity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.DeviationAnalysis;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.system.ManagementSystem;

/**
 * 9.1.1: every monitoring result that deviates from its expected value by more than the threshold
 * of the assessment parameters (a serious deviation) has a cause analysis. A result whose expected
 * value is zero deviates seriously when its actual value is not zero.
 */
final class DeviationsRule extends AbstractConformityRule {

  DeviationsRule() {
    super("quant.9.1.1.deviations-analysed", "9.1.1");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    BigDecimal threshold = context.parameters().deviationThresholdPercent();
    Set<String> analysed = new HashSet<>();
    for (DeviationAnalysis a : s.deviationAnalyses()) {
      analysed.add(a.monitoringResultId());
    }
    List<Finding> problems = new ArrayList<>();
    List<String> serious = new ArrayList<>();
    for (MonitoringResult m : s.monitoringResults()) {
      if (!seriouslyDeviates(m, threshold)) {
        continue;
      }
      serious.add(m.id());
      if (!analysed.contains(m.id())) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "监测结果 " + m.id() + "（" + m.period() + "，预期 " + m.expected() + "，实际 "
                + m.actual() + "）偏差超过 " + threshold.toPlainString() + "%，但未进行原因分析",
            "Monitoring result " + m.id() + " (" + m.period() + ", expected " + m.expected()
                + ", actual " + m.actual() + ") deviates by more than "
                + threshold.toPlainString() + " %, but its causes were not analysed",
            List.of(m.id())));
      }
    }
    return problemsOr(problems, conforms(
        "监测结果 " + s.monitoringResults().size() + " 项，偏差超过 " + threshold.toPlainString() + "% 的 "
            + serious.size() + " 项" + (serious.isEmpty() ? "" : "（" + join(serious) + "）均已分析原因"),
        s.monitoringResults().size() + " monitoring results, " + serious.size()
            + " deviating by more than " + threshold.toPlainString() + " %"
            + (serious.isEmpty() ? "" : " (" + join(serious) + "), all with a cause analysis"),
        serious));
  }

  private static boolean seriouslyDeviates(MonitoringResult m, BigDecimal threshold) {
    if (m.expected().value().signum() == 0) {
      return m.actual().value().signum() != 0;
    }
    return m.deviatesBeyond(threshold);
  }
}
