// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.1 b), beyond T/CAS 612: a monitoring result that deviates from its expected value by more
 * than the threshold of the assessment parameters, but that the organisation did not record as a
 * serious deviation, is an observation (the standard sets no threshold). A result whose expected
 * value is zero deviates beyond any threshold when its actual value is not zero.
 */
final class DeviationThresholdRule extends AbstractConformityRule {

  DeviationThresholdRule() {
    super("quant.9.1.1.beyond.deviation-threshold", "9.1.1", QuantificationTexts.TEXT, true);
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    BigDecimal threshold = context.parameters().deviationThresholdPercent();
    List<Finding> problems = new ArrayList<>();
    for (MonitoringResult m : context.system().monitoringResults()) {
      if (!m.seriousDeviation() && beyond(m, threshold)) {
        problems.add(finding(Verdict.OBSERVATION, id() + ".unrecorded", List.of(m.id()), m.id(),
            m.expected().toString(), m.actual().toString(), threshold.toPlainString())
            .withItems(List.of("b)")));
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms", List.of(),
        threshold.toPlainString()).withItems(List.of("b)")));
  }

  private static boolean beyond(MonitoringResult m, BigDecimal threshold) {
    if (m.expected().value().signum() == 0) {
      return m.actual().value().signum() != 0;
    }
    return m.deviatesBeyond(threshold);
  }
}
