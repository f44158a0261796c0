// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cnms.assets.ledger.Ledger;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.reference.ReferenceData;
import org.cnms.report.CarbonNeutralityReport;

/** What the host does with cnms, through its public API only. */
public final class Footprint {

  private Footprint() {}

  /** The inventory of a year's records, with China's reference factors and AR5 GWPs. */
  public static GhgInventory inventory(String id, int year, List<ActivityRecord> records) {
    Calculator calculator = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(GwpSet.ar5()).build();
    InventoryAccumulator accumulator = InventoryAccumulator.of(calculator);
    records.forEach(accumulator::add);
    return accumulator.toInventory(id, ReportingPeriod.calendarYear(year));
  }

  /**
   * The carbon-neutrality report of a system with its inventories and its assessment, in the
   * language of {@code locale}.
   */
  public static CarbonNeutralityReport report(ManagementSystem system,
      List<GhgInventory> inventories, AssessmentReport assessment, Locale locale) {
    return CarbonNeutralityReport.builder().system(system).inventories(inventories)
        .ledger(Ledger.create()).conformity(assessment).workspace("host")
        .assessmentDate(assessment.assessedOn()).locale(locale).build();
  }

  /** The system assessed on a date by every rule the modules on the path provide. */
  public static AssessmentReport assess(ManagementSystem system, LocalDate on) {
    return ConformityAssessment.discover().assess(AssessmentContext.of(system, on));
  }
}
