// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.DeviationAnalysis;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.1 b): every performance result the organisation records as a serious deviation (严重偏离,
 * {@link MonitoringResult#seriousDeviation()}) has an analysis ({@link DeviationAnalysis}) with
 * actions to limit its consequences. Which cause the analysis names (b) 1)–4), 可能) is never
 * judged; nor is any result the organisation did not record as serious.
 */
final class DeviationsRule extends AbstractConformityRule {

  DeviationsRule() {
    super("quant.9.1.1.serious-deviations-analysed", "9.1.1", QuantificationTexts.TEXT,
        List.of("b)"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Map<String, List<DeviationAnalysis>> analyses = new HashMap<>();
    for (DeviationAnalysis a : s.deviationAnalyses()) {
      analyses.computeIfAbsent(a.monitoringResultId(), k -> new ArrayList<>()).add(a);
    }
    List<Finding> problems = new ArrayList<>();
    List<String> serious = new ArrayList<>();
    for (MonitoringResult m : s.monitoringResults()) {
      if (!m.seriousDeviation()) {
        continue;
      }
      serious.add(m.id());
      List<DeviationAnalysis> mine = analyses.getOrDefault(m.id(), List.of());
      if (mine.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-analysed",
            List.of(m.id()), m.id(), m.period().toString(), m.expected().toString(),
            m.actual().toString()).withItems(List.of("b)")));
      } else if (mine.stream().allMatch(a -> a.actions().isEmpty())) {
        List<String> refs = new ArrayList<>(List.of(m.id()));
        mine.forEach(a -> refs.add(a.id()));
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".no-actions", refs, m.id(),
            join(refs.subList(1, refs.size()))).withItems(List.of("b)")));
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms", serious,
        String.valueOf(s.monitoringResults().size()), String.valueOf(serious.size()),
        serious.isEmpty() ? "—" : join(serious)).withItems(List.of("b)")));
  }
}
