// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.1 (—1, a) 1)–5)): monitoring results are retained for each of the subjects of a) 1)–5):
 * activity data, operating parameters, purchasing outcomes, the improvement against the baseline,
 * and — when changes are recorded (clause 8.4) — changes and their results.
 */
final class MonitoringRule extends AbstractConformityRule {

  MonitoringRule() {
    super("quant.9.1.1.monitoring-subjects", "9.1.1", QuantificationTexts.TEXT,
        List.of("—1", "a)", "a) 1)", "a) 2)", "a) 3)", "a) 4)", "a) 5)"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Map<MonitoringSubject, List<String>> bySubject = new EnumMap<>(MonitoringSubject.class);
    for (MonitoringResult m : s.monitoringResults()) {
      bySubject.computeIfAbsent(m.subject(), k -> new ArrayList<>()).add(m.id());
    }
    List<Finding> problems = new ArrayList<>();
    for (MonitoringSubject subject : MonitoringSubject.values()) {
      if (subject == MonitoringSubject.EFFECT_OF_CHANGE && s.changes().isEmpty()) {
        continue;
      }
      if (!bySubject.containsKey(subject)) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".missing", List.of(),
            subject.itemLabel(Locale.CHINESE), subject.itemLabel(Locale.ENGLISH))
            .withItems(List.of(subject.citation())));
      }
    }
    List<String> ids = s.monitoringResults().stream().map(MonitoringResult::id).toList();
    return problemsOr(problems, conforms(id() + ".conforms", ids, String.valueOf(ids.size())));
  }
}
