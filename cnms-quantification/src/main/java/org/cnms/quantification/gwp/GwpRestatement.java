// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;

/**
 * Restates a GHG inventory under another GWP set from its per-gas lines, without re-entering any
 * activity data (T/CAS 612 clauses 6.3 and 6.5): Chinese guideline reporting uses SAR,
 * international reporting AR5 or AR6.
 *
 * <p>Each line's CO₂e becomes its gas mass × the new set's GWP, exactly; the gas masses are kept.
 * The restated inventory has a new id, names the new set and {@linkplain
 * GhgInventory#supersedes() supersedes} the original; its factor-library version is kept. A line
 * booked in CO₂e only (a CO₂e factor or a product footprint, carried as CO₂ with GWP 1) stays as
 * it was, since its gases are not known.
 */
public final class GwpRestatement {

  private GwpRestatement() {}

  /**
   * The inventory restated under {@code target}.
   *
   * @param inventory the inventory to restate, not null
   * @param target the GWP set to restate it under, not null
   * @param newId the id of the restated inventory, not equal to the original's
   * @return the restated inventory
   * @throws MissingFactorException listing every gas of the inventory that {@code target} has no
   *     value for
   */
  public static GhgInventory restate(GhgInventory inventory, GwpSet target, String newId) {
    Map<GreenhouseGas, MissingFactor> missing = new LinkedHashMap<>();
    List<InventoryLine> lines = new ArrayList<>(inventory.lines().size());
    for (InventoryLine l : inventory.lines()) {
      BigDecimal gwp = target.gwp(l.gas()).orElse(null);
      if (gwp == null) {
        missing.merge(l.gas(), target.missing(l.gas()).withRecord(l.sourceId()),
            MissingFactor::merge);
        continue;
      }
      lines.add(l.withCo2e(Co2e.tonnes(l.gasTonnes().multiply(gwp))));
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(new ArrayList<>(missing.values()));
    }
    return GhgInventory.builder()
        .id(newId)
        .period(inventory.period())
        .gwpSet(target.name())
        .factorLibraryVersion(inventory.factorLibraryVersion())
        .addAllLines(lines)
        .supersedes(inventory.id())
        .build();
  }
}
