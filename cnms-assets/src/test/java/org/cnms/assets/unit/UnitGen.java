// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.cnms.assets.testing.BasicGen.*;
import static org.cnms.core.testing.CoreGen.optionals;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of unit types, serial ranges and blocks. */
public final class UnitGen {

  private UnitGen() {}

  public static Gen<CustomUnitType> customTypes() {
    return in -> CustomUnitType.builder()
        .code(Generate.pick(List.of("PHCER", "FFCER", "GZ-PHCER", "碳普惠")).generate(in) + "-"
            + Generate.range(0, 99).generate(in))
        .kind(Generate.enumValues(UnitKind.class).generate(in))
        .newForestrySink(Generate.booleans().generate(in))
        .labelZh(texts().generate(in))
        .labelEn(texts().generate(in))
        .build();
  }

  public static Gen<UnitType> types() {
    Gen<UnitType> standard = Generate.enumValues(StandardUnitType.class).map(t -> (UnitType) t);
    return standard.mix(customTypes().map(t -> (UnitType) t), 25);
  }

  public static Gen<SerialRange> ranges() {
    return in -> {
      long start = Generate.longRange(0, 999_999_999L).generate(in);
      long size = Generate.longRange(1, 100_000L).generate(in);
      return SerialRange.of(Generate.pick(List.of("CCER-2024-001", "CEA", "GS1-1-KE-GS7495-16-2025-30645",
          "9660-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0", "序列")).generate(in),
          start, start + size - 1);
    };
  }

  public static Gen<UnitBlock> blocks() {
    return in -> UnitBlock.builder()
        .type(types().generate(in))
        .registry(Generate.pick(List.of("CN-ETS", "CCER-NCSC", "Verra", "GoldStandard"))
            .generate(in))
        .projectId(optionals(ids()).generate(in))
        .vintage(years().generate(in))
        .serials(ranges().generate(in))
        .origin(Generate.enumValues(Origin.class).generate(in))
        .issuance(Generate.enumValues(Issuance.class).generate(in))
        .build();
  }
}
