package org.cnms.quantification.conformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.cnms.core.system.ManagementSystem;

/**
 * 9.1.3: no activity data come from a meter whose calibration had lapsed on the reading date. The
 * readings are those of a {@link MeterReadings} extension if the context has one; otherwise, for
 * each source of the latest inventory, the meters the data-quality plan and the instrument
 * register name for it, read on the last day of the inventory's period.
 */
final class CalibrationRule extends AbstractConformityRule {

  CalibrationRule() {
    super("quant.9.1.3.meters-calibrated", "9.1.3");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Optional<MeterReadings> supplied = context.extension(MeterReadings.class);
    List<MeterReading> readings = supplied.map(MeterReadings::readings)
        .orElseGet(() -> derived(s));
    String basisZh = supplied.isPresent() ? "所提供的 " + readings.size() + " 条计量读数"
        : "最新清单各源的计量器具（按数据质量控制计划和器具台账，读数日为报告期末）共 " + readings.size() + " 条读数";
    String basisEn = supplied.isPresent() ? readings.size() + " meter readings supplied"
        : readings.size() + " readings of the meters the data-quality plan and instrument"
            + " register name for the sources of the latest inventory, read at the end of its"
            + " period";
    List<Finding> problems = new ArrayList<>();
    Set<String> meters = new LinkedHashSet<>();
    for (MeterReading r : readings) {
      meters.add(r.meterId());
      Optional<MeasuringInstrument> meter = s.find(r.meterId(), MeasuringInstrument.class);
      if (meter.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "活动数据 " + r.activityRecordId() + " 读自未登记在器具台账中的计量器具 " + r.meterId(),
            "Activity data " + r.activityRecordId() + " were read from meter " + r.meterId()
                + ", which the instrument register does not list",
            List.of(r.activityRecordId(), r.meterId())));
      } else if (!meter.get().calibrationValidOn(r.readOn())) {
        MeasuringInstrument m = meter.get();
        Optional<Calibration> last = m.lastCalibrationBefore(r.readOn().plusDays(1));
        String lastZh = last.map(c -> "上次检定/校准于 " + c.calibratedOn() + "（" + c.result().labelZh()
            + "），周期 " + m.calibrationIntervalMonths() + " 个月").orElse("从未检定/校准");
        String lastEn = last.map(c -> "last calibrated on " + c.calibratedOn() + " ("
            + c.result().labelEn() + "), interval " + m.calibrationIntervalMonths() + " months")
            .orElse("never calibrated");
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
            "活动数据 " + r.activityRecordId() + " 于 " + r.readOn() + " 读自计量器具 " + m.id()
                + "，其检定/校准已失效（" + lastZh + "）",
            "Activity data " + r.activityRecordId() + " were read on " + r.readOn()
                + " from meter " + m.id() + ", whose calibration had lapsed (" + lastEn + ")",
            List.of(r.activityRecordId(), m.id())));
      }
    }
    return problemsOr(problems, conforms(
        basisZh + "，所用计量器具（" + join(meters) + "）在读数日均处于检定/校准有效期内",
        basisEn + ": every meter (" + join(meters) + ") was within its calibration interval"
            + " on the reading date", List.copyOf(meters)));
  }

  /** Readings derived from the latest inventory, the data-quality plan and the meter register. */
  private static List<MeterReading> derived(ManagementSystem s) {
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

  private static List<GhgInventory> current(ManagementSystem s) {
    Set<String> superseded = new java.util.HashSet<>();
    s.inventories().forEach(i -> i.supersedes().ifPresent(superseded::add));
    return s.inventories().stream().filter(i -> !superseded.contains(i.id())).toList();
  }

  private static List<DataQualityPlan> currentPlans(ManagementSystem s) {
    Set<String> superseded = new java.util.HashSet<>();
    s.dataQualityPlans().forEach(p -> p.supersedes().ifPresent(superseded::add));
    return s.dataQualityPlans().stream().filter(p -> !superseded.contains(p.id())).toList();
  }
}
