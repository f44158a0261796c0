// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import static org.cnms.assets.testing.BasicGen.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.core.ghg.Co2e;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of ETS schemes and compliance results. */
public final class EtsGen {

  private EtsGen() {}

  public static Gen<EtsScheme> schemes() {
    return in -> EtsScheme.builder().id(ids().generate(in)).name(texts().generate(in))
        .addAllowanceType(Generate.pick(List.of(StandardUnitType.CEA, StandardUnitType.SHEA,
            StandardUnitType.GDEA)).generate(in))
        .addAllCreditTypes(Generate.pick(List.of(List.<StandardUnitType>of(),
            List.of(StandardUnitType.CCER), List.of(StandardUnitType.CCER, StandardUnitType.VCU)))
            .generate(in))
        .creditCapPercent(BigDecimal.valueOf(Generate.range(0, 10_000).generate(in), 2))
        .obligationRounding(Generate.pick(List.of(RoundingMode.CEILING, RoundingMode.HALF_UP,
            RoundingMode.FLOOR)).generate(in))
        .build();
  }

  /** Compliance results: compliant with no shortfall, or short by the uncovered part. */
  public static Gen<ComplianceResult> results() {
    Gen<Long> counts = Generate.longRange(0, 1_000_000L);
    return in -> {
      BigDecimal emissions = decimals().generate(in);
      long obligation = emissions.setScale(0, RoundingMode.CEILING).longValueExact();
      long allowances = counts.generate(in);
      long credits = counts.generate(in);
      long cap = Generate.longRange(0, obligation).generate(in);
      long counted = Math.min(credits, cap);
      long covered = allowances + counted;
      return ComplianceResult.builder().schemeId(ids().generate(in))
          .complianceYear(years().generate(in)).verifiedEmissions(Co2e.tonnes(emissions))
          .obligation(obligation).allowancesSurrendered(allowances).creditsSurrendered(credits)
          .creditCap(cap).creditsCounted(counted).ineligibleUnits(counts.generate(in))
          .shortfall(Co2e.tonnes(BigDecimal.valueOf(Math.max(0, obligation - covered))))
          .compliant(covered >= obligation).build();
    };
  }
}
