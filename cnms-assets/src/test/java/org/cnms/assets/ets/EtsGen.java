package org.cnms.assets.ets;

import static org.cnms.assets.testing.BasicGen.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cnms.assets.unit.StandardUnitType;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of ETS schemes. */
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
}
