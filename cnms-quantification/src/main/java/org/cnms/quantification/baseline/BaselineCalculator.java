// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.RecalculationPolicy;

/**
 * Builds the baseline (碳中和基准) of T/CAS 612 clause 6.5 from base-year inventories and examines
 * changes for a base-year recalculation.
 *
 * <p><b>Building.</b> From one inventory the baseline takes its emissions, removals and emissions
 * per category exactly. From several (an averaged base period, one inventory per year, not
 * overlapping, same GWP set) it takes their exact sums and divides each once by the number of
 * inventories, rounded by this calculator's {@link MathContext} ({@link #DEFAULT_CONTEXT} unless
 * the caller passes one). The baseline names the inventories it comes from.
 *
 * <p><b>Recalculation.</b> A change's effect on base-year emissions shifts the baseline by {@code
 * effect × 100 / emissions} percent (one division, rounded by the policy). A recalculation is
 * required when the baseline's policy examines the kind of change, the effect is not zero and
 * {@code |shift| ≥ threshold} — decided exactly ({@code |effect| × 100 ≥ threshold × emissions}),
 * not on the rounded shift. The threshold is the baseline policy's (5 % by default) or one the
 * caller gives, in (0, 100]. The restated baseline adds the effects to the old figures exactly,
 * keeps its periods, inventories, criteria and policy, supersedes the old baseline and names the
 * recalculation. Immutable, thread-safe.
 *
 * <pre>{@code
 * BaselineCalculator calc = BaselineCalculator.withDefaultRounding();
 * Baseline b = calc.averageOf(BaselineDefinition.of("bl-2019-21", "three normal years",
 *     LocalDate.of(2022, 3, 1)), List.of(inv2019, inv2020, inv2021));
 * RecalculationOutcome o = calc.examine(b, acquisition);
 * }</pre>
 */
public final class BaselineCalculator {

  /** The default rounding policy: 16 significant digits, half-even ({@code DECIMAL64}). */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final MathContext context;

  private BaselineCalculator(MathContext context) {
    this.context = Objects.requireNonNull(context, "context");
    if (context.getPrecision() == 0) {
      throw new IllegalArgumentException("BaselineCalculator needs a limited precision for its"
          + " divisions, but was unlimited");
    }
  }

  /** The calculator rounding by {@link #DEFAULT_CONTEXT}. */
  public static BaselineCalculator withDefaultRounding() {
    return new BaselineCalculator(DEFAULT_CONTEXT);
  }

  /**
   * The calculator rounding every division by {@code context}.
   *
   * @throws IllegalArgumentException if {@code context} has unlimited precision
   */
  public static BaselineCalculator of(MathContext context) {
    return new BaselineCalculator(context);
  }

  /** The rounding policy. */
  public MathContext context() {
    return context;
  }

  /**
   * The baseline of one base year (or part of a year): the inventory's figures, exactly.
   *
   * @param definition id, criteria, date and policy of the baseline, not null
   * @param inventory the base-year inventory, not null
   * @return the baseline
   */
  public Baseline fromBaseYear(BaselineDefinition definition, GhgInventory inventory) {
    return averageOf(definition, List.of(inventory));
  }

  /**
   * The baseline averaged over a base period of several years, one inventory per year.
   *
   * <p>Worked example: 2019 1000 t, 2020 900 t, 2021 1100 t: (1000 + 900 + 1100) / 3 = 1000 t.
   *
   * @param definition id, criteria, date and policy of the baseline, not null
   * @param inventories the inventories, in any order, at least one, not null
   * @return the baseline, its periods in order
   * @throws IllegalArgumentException if there is no inventory, two periods overlap, or the
   *     inventories use different GWP sets
   */
  public Baseline averageOf(BaselineDefinition definition, List<GhgInventory> inventories) {
    if (inventories.isEmpty()) {
      throw new IllegalArgumentException("Baseline " + definition.id()
          + " needs at least one base-year inventory, but none was given");
    }
    List<GhgInventory> sorted = new ArrayList<>(inventories);
    sorted.sort(Comparator.comparing(GhgInventory::period));
    String gwpSet = sorted.get(0).gwpSet();
    Co2e emissions = Co2e.ZERO;
    Co2e removals = Co2e.ZERO;
    Map<EmissionCategory, Co2e> byCategory = new EnumMap<>(EmissionCategory.class);
    GhgInventory previous = null;
    for (GhgInventory inv : sorted) {
      if (previous != null && previous.period().overlaps(inv.period())) {
        throw new IllegalArgumentException("Baseline " + definition.id() + ": inventories "
            + previous.id() + " (" + previous.period() + ") and " + inv.id() + " ("
            + inv.period() + ") overlap; a base period takes each year once");
      }
      if (!inv.gwpSet().equals(gwpSet)) {
        throw new IllegalArgumentException("Baseline " + definition.id() + ": inventory "
            + inv.id() + " uses GWP set " + inv.gwpSet() + ", but " + sorted.get(0).id()
            + " uses " + gwpSet + "; restate them under one set first");
      }
      emissions = emissions.plus(inv.totalEmissions());
      removals = removals.plus(inv.totalRemovals());
      inv.emissionsByCategory().forEach((c, e) -> byCategory.merge(c, e, Co2e::plus));
      previous = inv;
    }
    int n = sorted.size();
    Baseline.Builder b = Baseline.builder()
        .id(definition.id())
        .emissions(average(emissions, n))
        .removals(average(removals, n))
        .selectionCriteria(definition.selectionCriteria())
        .establishedOn(definition.establishedOn())
        .gwpSet(gwpSet);
    definition.recalculationPolicy().ifPresent(b::recalculationPolicy);
    byCategory.forEach((c, e) -> b.putEmissionsByCategory(c, average(e, n)));
    for (GhgInventory inv : sorted) {
      b.addPeriod(inv.period()).addInventoryId(inv.id());
    }
    return b.build();
  }

  /**
   * Examines a change against a baseline with the threshold of the baseline's policy.
   *
   * <p>Worked example: baseline 2000 t, a plant acquired that emitted 120 t in the base year:
   * shift 120 × 100 / 2000 = 6 % ≥ 5 % → recalculation required, restated baseline 2120 t.
   *
   * @throws IllegalArgumentException if the baseline is broken down by category but the change
   *     is not, or the restated figures would be negative
   * @throws ArithmeticException if the baseline emissions are zero
   */
  public RecalculationOutcome examine(Baseline baseline, BaselineChange change) {
    return examine(baseline, change,
        baseline.recalculationPolicy().significanceThresholdPercent(), false);
  }

  /**
   * Examines a change against a baseline with the given significance threshold.
   *
   * @param thresholdPercent the significance threshold in percent, in (0, 100], not null
   * @throws IllegalArgumentException if the threshold is outside (0, 100], or as {@link
   *     #examine(Baseline, BaselineChange)}
   */
  public RecalculationOutcome examine(Baseline baseline, BaselineChange change,
      BigDecimal thresholdPercent) {
    return examine(baseline, change, thresholdPercent, true);
  }

  private RecalculationOutcome examine(Baseline baseline, BaselineChange change,
      BigDecimal threshold, boolean checkThreshold) {
    if (checkThreshold && (threshold.signum() <= 0 || threshold.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException("The significance threshold must be in (0, 100]"
          + " percent, but was " + threshold.toPlainString());
    }
    Co2e previous = baseline.emissions();
    if (previous.isZero()) {
      throw new ArithmeticException("Baseline " + baseline.id()
          + " has zero emissions, so a change has no shift in percent");
    }
    BigDecimal effect = change.emissionsEffect().tonnes();
    BigDecimal shift = Decimals.plain(effect.multiply(HUNDRED).divide(previous.tonnes(),
        context));
    RecalculationPolicy policy = baseline.recalculationPolicy();
    boolean required = policy.examines(change.trigger()) && effect.signum() != 0
        && effect.abs().multiply(HUNDRED).compareTo(threshold.multiply(previous.tonnes())) >= 0;
    Co2e recalculated = previous.plus(change.emissionsEffect());
    if (recalculated.isNegative()) {
      throw new IllegalArgumentException("BaselineChange " + change.recalculationId()
          + ": the effect " + change.emissionsEffect() + " would make the emissions of baseline "
          + baseline.id() + " (" + previous + ") negative");
    }
    BaselineRecalculation.Builder record = BaselineRecalculation.builder()
        .id(change.recalculationId())
        .baselineId(baseline.id())
        .trigger(change.trigger())
        .description(change.description())
        .previousEmissions(previous)
        .recalculatedEmissions(recalculated)
        .shiftPercent(shift)
        .thresholdPercent(threshold)
        .recalculationRequired(required)
        .decidedOn(change.decidedOn());
    if (!required) {
      return RecalculationOutcome.builder().recalculation(record.build()).build();
    }
    record.newBaselineId(change.restatedBaselineId());
    return RecalculationOutcome.builder()
        .recalculation(record.build())
        .restatedBaseline(restate(baseline, change, recalculated))
        .build();
  }

  private static Baseline restate(Baseline old, BaselineChange change, Co2e emissions) {
    Co2e removals = old.removals().plus(change.removalsEffect());
    if (removals.isNegative()) {
      throw new IllegalArgumentException("BaselineChange " + change.recalculationId()
          + ": the removals effect " + change.removalsEffect() + " would make the removals of"
          + " baseline " + old.id() + " (" + old.removals() + ") negative");
    }
    Map<EmissionCategory, Co2e> byCategory = new EnumMap<>(EmissionCategory.class);
    byCategory.putAll(old.emissionsByCategory());
    if (!old.emissionsByCategory().isEmpty()) {
      if (change.categoryEffects().isEmpty() && !change.emissionsEffect().isZero()) {
        throw new IllegalArgumentException("Baseline " + old.id() + " is broken down by"
            + " category, so change " + change.recalculationId()
            + " must give its effect per category");
      }
      change.categoryEffects().forEach((c, e) -> byCategory.merge(c, e, Co2e::plus));
      for (Map.Entry<EmissionCategory, Co2e> e : byCategory.entrySet()) {
        if (e.getValue().isNegative()) {
          throw new IllegalArgumentException("BaselineChange " + change.recalculationId()
              + " would make the " + e.getKey().code() + " emissions of baseline " + old.id()
              + " negative: " + e.getValue());
        }
      }
    }
    return Baseline.builder()
        .id(change.restatedBaselineId())
        .addAllPeriods(old.periods())
        .emissions(emissions)
        .removals(removals)
        .putAllEmissionsByCategory(byCategory)
        .addAllInventoryIds(old.inventoryIds())
        .selectionCriteria(old.selectionCriteria())
        .recalculationPolicy(old.recalculationPolicy())
        .establishedOn(change.decidedOn())
        .gwpSet(old.gwpSet())
        .supersedes(old.id())
        .recalculationId(change.recalculationId())
        .build();
  }

  private Co2e average(Co2e sum, int n) {
    if (n == 1) {
      return sum;
    }
    return Co2e.tonnes(Decimals.plain(sum.tonnes().divide(BigDecimal.valueOf(n), context)));
  }
}
