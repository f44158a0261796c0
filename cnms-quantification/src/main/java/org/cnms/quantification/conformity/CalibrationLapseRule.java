// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.3 (—1): the monitoring and measuring equipment (监视和测量设备) of the register is calibrated
 * or verified (校准/检定) at its set interval without a lapse inside the period assessed: the period
 * of the latest current inventory up to the assessment date, or, without an inventory, the twelve
 * months up to the assessment date.
 */
final class CalibrationLapseRule extends AbstractConformityRule {

  CalibrationLapseRule() {
    super("quant.9.1.3.calibrated-at-intervals", "9.1.3", QuantificationTexts.TEXT, List.of("—1"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    LocalDate on = context.assessmentDate();
    Optional<GhgInventory> latest = ReadingsWhileLapsedRule.current(s).stream()
        .filter(i -> !i.period().start().isAfter(on))
        .max(Comparator.comparing(GhgInventory::period));
    LocalDate from = latest.map(i -> i.period().start()).orElse(on.minusMonths(12).plusDays(1));
    LocalDate to = latest.map(i -> i.period().end()).filter(e -> e.isBefore(on)).orElse(on);
    List<Finding> problems = new ArrayList<>();
    for (MeasuringInstrument m : s.instruments()) {
      Optional<LocalDate> lapse = m.firstLapseBetween(from, to);
      if (lapse.isPresent()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".lapsed", List.of(m.id()),
            m.id(), lapse.get().toString(), from.toString(), to.toString(),
            String.valueOf(m.calibrationIntervalMonths())));
      }
    }
    List<String> ids = s.instruments().stream().map(MeasuringInstrument::id).toList();
    return problemsOr(problems, conforms(id() + ".conforms", ids, String.valueOf(ids.size()),
        from.toString(), to.toString()));
  }
}
