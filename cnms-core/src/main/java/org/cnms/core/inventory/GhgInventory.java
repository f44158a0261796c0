// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cnms.core.Revisable;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The GHG inventory (温室气体清单) of the organisation for one reporting period, the output of the
 * GHG review (T/CAS 612 clause 6.3 c): lines per source, gas and category, with totals and
 * breakdowns. Removals and biogenic CO₂ are kept apart from the emission total (ISO 14064-1).
 *
 * <p>The GWP set (e.g. {@code AR5}) and the version of the factor library it was computed with are
 * part of the inventory, so it can be recomputed exactly as it was. A restated inventory names the
 * one it {@linkplain #supersedes() supersedes}.
 *
 * <p>Totals are exact sums, independent of line order (up to the scale of the result, which is
 * the largest scale of the lines). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgInventory.class)
public abstract class GhgInventory implements Revisable, WithGhgInventory {

  @Override
  public abstract String id();

  /** The period covered. */
  public abstract ReportingPeriod period();

  /** The GWP set the CO₂e figures use, e.g. {@code SAR}, {@code AR5}, {@code AR6}. */
  public abstract String gwpSet();

  /** The version of the emission-factor library used, if recorded. */
  public abstract Optional<String> factorLibraryVersion();

  /** The lines, one per source, gas, category and kind. */
  public abstract java.util.List<InventoryLine> lines();

  @Override
  public abstract Optional<String> supersedes();

  /** Total emissions: the sum of all {@link LineKind#EMISSION} lines. */
  public Co2e totalEmissions() {
    return sum(l -> l.kind() == LineKind.EMISSION);
  }

  /** Total removals: the sum of all {@link LineKind#REMOVAL} lines, a positive mass. */
  public Co2e totalRemovals() {
    return sum(l -> l.kind() == LineKind.REMOVAL);
  }

  /** Biogenic CO₂, reported apart and not in {@link #totalEmissions()}. */
  public Co2e biogenicCo2() {
    return sum(l -> l.kind() == LineKind.BIOGENIC_CO2);
  }

  /** Net emissions: total emissions less total removals. */
  public Co2e netEmissions() {
    return totalEmissions().minus(totalRemovals());
  }

  /** Emissions of the given categories. */
  public Co2e emissionsOf(java.util.Collection<EmissionCategory> categories) {
    return sum(l -> l.kind() == LineKind.EMISSION && categories.contains(l.category()));
  }

  /** Removals of the given categories. */
  public Co2e removalsOf(java.util.Collection<EmissionCategory> categories) {
    return sum(l -> l.kind() == LineKind.REMOVAL && categories.contains(l.category()));
  }

  /** Emissions per category, in category order; categories without lines are left out. */
  public Map<EmissionCategory, Co2e> emissionsByCategory() {
    return group(l -> l.category(), new EnumMap<>(EmissionCategory.class));
  }

  /** Emissions per facility id, in id order. */
  public Map<String, Co2e> emissionsByFacility() {
    return group(InventoryLine::facilityId, new TreeMap<>());
  }

  /** Emissions per gas, in gas order. */
  public Map<GreenhouseGas, Co2e> emissionsByGas() {
    return group(InventoryLine::gas, new EnumMap<>(GreenhouseGas.class));
  }

  /** Emissions per source id, in id order. */
  public Map<String, Co2e> emissionsBySource() {
    return group(InventoryLine::sourceId, new TreeMap<>());
  }

  /**
   * Net emissions of the given categories: their emissions less their removals (the figure a
   * carbon-neutrality target covering them is judged on).
   */
  public Co2e netEmissionsOf(java.util.Collection<EmissionCategory> categories) {
    return emissionsOf(categories).minus(removalsOf(categories));
  }

  /**
   * This inventory restricted to the given categories: the same id, period, GWP set and factor
   * library, with only the lines of those categories (e.g. the categories a target covers).
   */
  public GhgInventory restrictedTo(java.util.Collection<EmissionCategory> categories) {
    return builder().id(id()).period(period()).gwpSet(gwpSet())
        .factorLibraryVersion(factorLibraryVersion())
        .addAllLines(lines().stream().filter(l -> categories.contains(l.category())).toList())
        .build();
  }

  /** Removals per source (sink) id, in id order, as positive masses. */
  public Map<String, Co2e> removalsBySource() {
    Map<String, Co2e> into = new TreeMap<>();
    for (InventoryLine l : lines()) {
      if (l.kind() == LineKind.REMOVAL) {
        into.merge(l.sourceId(), l.co2e(), Co2e::plus);
      }
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(into));
  }

  /** The category of each source's or sink's lines, by source id, in id order. */
  public Map<String, EmissionCategory> categoryBySource() {
    Map<String, EmissionCategory> into = new TreeMap<>();
    for (InventoryLine l : lines()) {
      into.putIfAbsent(l.sourceId(), l.category());
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(into));
  }

  /**
   * The mass of each gas emitted, in tonnes of the gas (not CO₂e), in gas order: the exact sum of
   * the emission lines' {@link InventoryLine#gasTonnes()}.
   */
  public Map<GreenhouseGas, java.math.BigDecimal> emissionMassByGas() {
    Map<GreenhouseGas, java.math.BigDecimal> into = new EnumMap<>(GreenhouseGas.class);
    for (InventoryLine l : lines()) {
      if (l.kind() == LineKind.EMISSION) {
        into.merge(l.gas(), l.gasTonnes(), java.math.BigDecimal::add);
      }
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(into));
  }

  private Co2e sum(Predicate<InventoryLine> filter) {
    Co2e total = Co2e.ZERO;
    for (InventoryLine l : lines()) {
      if (filter.test(l)) {
        total = total.plus(l.co2e());
      }
    }
    return total;
  }

  private <K> Map<K, Co2e> group(Function<InventoryLine, K> key, Map<K, Co2e> into) {
    for (InventoryLine l : lines()) {
      if (l.kind() == LineKind.EMISSION) {
        into.merge(key.apply(l), l.co2e(), Co2e::plus);
      }
    }
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(into));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GhgInventory}; {@code id}, {@code period} and {@code gwpSet} are required. */
  public static final class Builder extends ImmutableGhgInventory.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("GhgInventory", "id", id());
    Checks.requireNonBlank("GhgInventory", "gwpSet", gwpSet());
    Checks.requireDistinct("GhgInventory", "lines", lines(),
        l -> l.sourceId() + "/" + l.gas() + "/" + l.category() + "/" + l.kind());
    supersedes().ifPresent(s -> {
      if (s.equals(id())) {
        throw new IllegalArgumentException("GhgInventory " + id() + " cannot supersede itself");
      }
    });
  }
}
