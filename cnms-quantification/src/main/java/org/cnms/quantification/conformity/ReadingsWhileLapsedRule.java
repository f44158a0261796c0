// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.Revisable;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.3, beyond T/CAS 612: no activity data come from a meter whose calibration had lapsed on the
 * reading date (the standard asks for calibration at set intervals, judged by {@link
 * CalibrationLapseRule}; flagging each reading is good practice, an observation at most). The
 * readings are those of a {@link MeterReadings} extension if the context has one; otherwise, for
 * each source of the latest inventory, the meters the data-quality plan and the instrument
 * register name for it, read on the last day of the inventory's period.
 */
final class ReadingsWhileLapsedRule extends AbstractConformityRule {

  ReadingsWhileLapsedRule() {
    super("quant.9.1.3.beyond.readings-while-lapsed", "9.1.3", QuantificationTexts.TEXT, true);
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Optional<MeterReadings> supplied = context.extension(MeterReadings.class);
    List<MeterReading> readings = supplied.map(MeterReadings::readings)
        .orElseGet(() -> derived(s));
    String basis = supplied.isPresent() ? ".supplied" : ".derived";
    List<Finding> problems = new ArrayList<>();
    Set<String> meters = new LinkedHashSet<>();
    for (MeterReading r : readings) {
      meters.add(r.meterId());
      Optional<MeasuringInstrument> meter = s.find(r.meterId(), MeasuringInstrument.class);
      if (meter.isEmpty()) {
        problems.add(finding(Verdict.OBSERVATION, id() + ".unregistered",
            List.of(r.activityRecordId(), r.meterId()), r.activityRecordId(), r.meterId()));
      } else if (!meter.get().calibrationValidOn(r.readOn())) {
        MeasuringInstrument m = meter.get();
        Optional<Calibration> last = m.lastCalibrationBefore(r.readOn().plusDays(1));
        problems.add(last.map(c -> finding(Verdict.OBSERVATION, id() + ".lapsed",
                List.of(r.activityRecordId(), m.id()), r.activityRecordId(),
                r.readOn().toString(), m.id(), c.calibratedOn().toString(),
                c.result().label(Locale.CHINESE), c.result().label(Locale.ENGLISH),
                String.valueOf(m.calibrationIntervalMonths())))
            .orElseGet(() -> finding(Verdict.OBSERVATION, id() + ".never",
                List.of(r.activityRecordId(), m.id()), r.activityRecordId(),
                r.readOn().toString(), m.id())));
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms" + basis, List.copyOf(meters),
        String.valueOf(readings.size()), join(List.copyOf(meters))));
  }

  /** Readings derived from the latest inventory, the data-quality plan and the meter register. */
  static List<MeterReading> derived(ManagementSystem s) {
    Optional<GhgInventory> latest = current(s).stream()
        .max(Comparator.comparing(GhgInventory::period));
    if (latest.isEmpty()) {
      return List.of();
    }
    GhgInventory inv = latest.get();
    LocalDate readOn = inv.period().end();
    java.util.Map<String, Set<String>> metersBySource = new java.util.HashMap<>();
    for (DataQualityPlan p : currentPlans(s)) {
      for (DataQualityItem i : p.items()) {
        for (String src : i.sourceIds()) {
          metersBySource.computeIfAbsent(src, k -> new LinkedHashSet<>()).addAll(i.meterIds());
        }
      }
    }
    for (MeasuringInstrument m : s.instruments()) {
      for (String src : m.sourceIds()) {
        metersBySource.computeIfAbsent(src, k -> new LinkedHashSet<>()).add(m.id());
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    for (InventoryLine l : inv.lines()) {
      sources.add(l.sourceId());
    }
    List<MeterReading> out = new ArrayList<>();
    for (String src : sources) {
      for (String meter : metersBySource.getOrDefault(src, Set.of())) {
        out.add(MeterReading.of(inv.id() + "/" + src, meter, readOn));
      }
    }
    return out;
  }

  static List<GhgInventory> current(ManagementSystem s) {
    return Revisable.currentVersions(s.inventories());
  }

  private static List<DataQualityPlan> currentPlans(ManagementSystem s) {
    return Revisable.currentVersions(s.dataQualityPlans());
  }
}
