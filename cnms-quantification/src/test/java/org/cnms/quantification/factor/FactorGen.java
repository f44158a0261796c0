// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static org.cnms.core.testing.CoreGen.*;
import static org.cnms.quantification.testing.QuantGen.*;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.units.QuantityKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of factors, fuel parameters and factor libraries. */
public final class FactorGen {

  private FactorGen() {}

  public static Gen<Provenance> provenances() {
    return in -> Provenance.builder()
        .publisher(texts().generate(in))
        .document(texts().generate(in))
        .table(optionals(texts()).generate(in))
        .edition(optionals(texts()).generate(in))
        .status(enums(SourceStatus.class).generate(in))
        .note(optionals(texts()).generate(in))
        .build();
  }

  public static Gen<Rate> rates() {
    return in -> Rate.of(decimals().generate(in), units().generate(in), units().generate(in));
  }

  public static Gen<EmissionFactor> factors() {
    return in -> {
      boolean co2e = Generate.booleans().generate(in);
      GreenhouseGas gas = gases().generate(in);
      EmissionFactor.Builder b = EmissionFactor.builder()
          .id(ids().generate(in))
          .key(Generate.pick(List.of("electricity", "natural-gas", "heat")).generate(in))
          .value(decimals().generate(in))
          .unit(units(co2e ? QuantityKind.CO2E_MASS : QuantityKind.MASS).generate(in))
          .perUnit(units().generate(in))
          .dataYear(optionals(Generate.range(2000, 2060)).generate(in))
          .provenance(provenances().generate(in));
      if (!co2e) {
        b.gas(gas);
        b.biogenic(gas == GreenhouseGas.CO2 && Generate.booleans().generate(in));
      }
      if (Generate.booleans().generate(in)) {
        b.region(texts().generate(in));
      }
      if (Generate.booleans().generate(in)) {
        var from = dates().generate(in);
        b.validFrom(from).validTo(from.plusDays(Generate.range(0, 900).generate(in)));
      }
      return b.build();
    };
  }

  public static Gen<FuelParameters> fuels() {
    return in -> FuelParameters.builder()
        .key(ids().generate(in))
        .nameZh(texts().generate(in))
        .nameEn(texts().generate(in))
        .netCalorificValue(Rate.of(positiveDecimals().generate(in),
            units(QuantityKind.ENERGY).generate(in), units(QuantityKind.MASS).generate(in)))
        .carbonContent(Rate.of(positiveDecimals().generate(in),
            units(QuantityKind.MASS).generate(in), units(QuantityKind.ENERGY).generate(in)))
        .oxidationRatePercent(BigDecimal.valueOf(Generate.range(0, 10000).generate(in), 2))
        .provenance(provenances().generate(in))
        .note(optionals(texts()).generate(in))
        .build();
  }

  public static Gen<FactorLibrary> libraries() {
    return in -> {
      FactorLibrary.Builder b = FactorLibrary.builder().name(texts().generate(in))
          .version(ids().generate(in));
      int n = Generate.range(0, 4).generate(in);
      for (int i = 0; i < n; i++) {
        b.addFactors(factors().generate(in).withId("ef-" + i));
      }
      int m = Generate.range(0, 2).generate(in);
      for (int i = 0; i < m; i++) {
        b.addFuels(fuels().generate(in).withKey("fuel-" + i));
      }
      if (Generate.booleans().generate(in)) {
        b.addFallbackRules(FallbackRule.LATEST_EARLIER_YEAR);
      }
      return b.build();
    };
  }
}
