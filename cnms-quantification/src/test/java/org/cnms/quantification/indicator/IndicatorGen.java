// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of indicator results. */
public final class IndicatorGen {

  private IndicatorGen() {}

  static Gen<BigDecimal> decimals() {
    return Generate.longRange(-99_999_999L, 99_999_999L).zip(Generate.range(0, 6),
        BigDecimal::valueOf);
  }

  static Gen<BigDecimal> positive() {
    return Generate.longRange(1, 99_999_999L).zip(Generate.range(0, 6), BigDecimal::valueOf);
  }

  public static Gen<Intensity> intensities() {
    return in -> {
      IntensityScope scope = Generate.enumValues(IntensityScope.class).generate(in);
      return Intensity.builder()
          .inventoryId("inv-" + Generate.range(0, 99).generate(in))
          .period(Generate.range(2000, 2060).map(ReportingPeriod::calendarYear).generate(in))
          .scope(scope)
          .category(scope == IntensityScope.CATEGORY
              ? Optional.of(Generate.enumValues(EmissionCategory.class).generate(in))
              : Optional.empty())
          .facilityId(scope == IntensityScope.FACILITY
              ? Optional.of("厂-" + Generate.range(0, 9).generate(in)) : Optional.empty())
          .emissions(Co2e.tonnes(positive().generate(in)))
          .denominator(Amount.of(positive().generate(in),
              Amount.of("1", Generate.pick(List.of("t", "1e4CNY", "MWh", "kt")).generate(in))
                  .unit()))
          .value(positive().generate(in))
          .precision(Generate.range(1, 34).generate(in))
          .roundingMode(Generate.enumValues(RoundingMode.class).generate(in))
          .build();
    };
  }

  public static Gen<IndicatorChange> changes() {
    return in -> IndicatorChange.builder()
        .kind(Generate.enumValues(ChangeKind.class).generate(in))
        .indicator(Generate.pick(List.of("total emissions", "intensity C1", "强度")).generate(in))
        .unitCode(Generate.pick(List.of("tCO2e", "tCO2e/t")).generate(in))
        .reference(Generate.pick(List.of("2020", "bl-1")).generate(in))
        .referenceValue(positive().generate(in))
        .current("2025")
        .currentValue(decimals().generate(in))
        .absoluteChange(decimals().generate(in))
        .percentChange(decimals().generate(in))
        .precision(Generate.range(1, 34).generate(in))
        .roundingMode(Generate.enumValues(RoundingMode.class).generate(in))
        .build();
  }
}
