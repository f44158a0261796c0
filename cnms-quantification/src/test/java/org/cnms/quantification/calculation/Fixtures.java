// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.Provenance;
import org.cnms.quantification.reference.ReferenceData;

/** Test data: a site library on top of the embedded one, and records. */
public final class Fixtures {

  private Fixtures() {}

  /** Test factors (user supplied, not reference figures) for keys the reference data lack. */
  public static final FactorLibrary SITE = ReferenceData.chinaFactorLibrary()
      .withName("site-test").withVersion("t1")
      .withFactors(concat(
          factor("T-GAS-CH4", "test.gas-boiler", GreenhouseGas.CH4, "1", "kg", "TJ"),
          factor("T-GAS-N2O", "test.gas-boiler", GreenhouseGas.N2O, "0.1", "kg", "TJ"),
          factor("T-FOREST", "test.forest", GreenhouseGas.CO2, "5.5", "t", "ha"),
          factor("T-WOOD", "test.wood", GreenhouseGas.CO2, "1.5", "t", "t").withBiogenic(true),
          factor("T-SPEND", "test.spend", null, "0.25", "kgCO2e", "CNY")));

  static EmissionFactor factor(String id, String key, GreenhouseGas gas, String value,
      String unit, String per) {
    UnitRegistry u = UnitRegistry.standard();
    EmissionFactor.Builder b = EmissionFactor.builder().id(id).key(key).value(new BigDecimal(value))
        .unit(u.parse(unit)).perUnit(u.parse(per))
        .provenance(Provenance.userSupplied("test", "test data"));
    if (gas != null) {
      b.gas(gas);
    }
    return b.build();
  }

  private static Iterable<EmissionFactor> concat(EmissionFactor... extra) {
    java.util.List<EmissionFactor> all =
        new java.util.ArrayList<>(ReferenceData.chinaFactorLibrary().factors());
    all.addAll(java.util.List.of(extra));
    return all;
  }

  /** A record of 2022 with the given key and amount. */
  public static ActivityRecord record(String id, String source, EmissionCategory category,
      String key, String value, String unit) {
    return ActivityRecord.builder().id(id).sourceId(source).facilityId("plant-1")
        .category(category).activityKey(key).amount(Amount.of(value, unit))
        .period(ReportingPeriod.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)))
        .obtainedBy(ObtainedBy.METERED).build();
  }
}
