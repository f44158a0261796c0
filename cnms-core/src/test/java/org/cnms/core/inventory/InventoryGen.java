package org.cnms.core.inventory;

import static org.cnms.core.testing.CoreGen.*;

import org.cnms.core.ghg.Co2e;
import org.quicktheories.core.Gen;

/** Generators of inventory results (clause 6.3 c). */
public final class InventoryGen {

  private InventoryGen() {}

  public static Gen<InventoryLine> lines() {
    return in -> {
      LineKind kind = enums(LineKind.class).generate(in);
      return InventoryLine.builder()
          .sourceId(ids().generate(in))
          .facilityId(ids().generate(in))
          .category(categories().generate(in))
          .gas(kind == LineKind.BIOGENIC_CO2 ? org.cnms.core.ghg.GreenhouseGas.CO2
              : gases().generate(in))
          .kind(kind)
          .gasTonnes(decimals().generate(in))
          .co2e(Co2e.tonnes(decimals().generate(in)))
          .build();
    };
  }

  public static Gen<GhgInventory> inventories() {
    return in -> GhgInventory.builder()
        .id(ids().generate(in))
        .period(periods().generate(in))
        .gwpSet(org.quicktheories.generators.Generate.pick(java.util.List.of("SAR", "AR5", "AR6"))
            .generate(in))
        .factorLibraryVersion(optionals(ids()).generate(in))
        .addAllLines(numbered("s", 0, 6, (id, r) -> lines().generate(r).withSourceId(id))
            .generate(in))
        .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
        .build();
  }
}
