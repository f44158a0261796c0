// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The carbon-neutrality baseline (碳中和基准, T/CAS 612 clauses 3.6 and 6.5): the emissions and
 * removals of the base year (基准年), or the average of a base period, that performance is compared
 * against.
 *
 * <p>One {@linkplain #periods() period} is a base year or part of a year; several periods (one per
 * year, in order, not overlapping) make an averaged base period, and the figures are then their
 * average. The baseline is verifiable and traceable: it names the {@linkplain #inventoryIds()
 * inventories} its figures come from, the {@linkplain #selectionCriteria() criteria} by which the
 * base year was chosen, and the {@linkplain #recalculationPolicy() policy} under which it is
 * recalculated. A recalculated baseline {@linkplain #supersedes() supersedes} the one before it
 * and names the {@linkplain #recalculationId() recalculation} that produced it.
 *
 * <p>The figures are exact, as the quantification engine gave them. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBaseline.class)
public abstract class Baseline implements Revisable, WithBaseline {

  /** The longest single period: a year, or a leap year. */
  private static final int MAX_PERIOD_DAYS = 366;

  @Override
  public abstract String id();

  /** The base year, part of a year, or the years averaged: in order, not overlapping. */
  public abstract List<ReportingPeriod> periods();

  /** The baseline emissions in tCO₂e, not negative. */
  public abstract Co2e emissions();

  /** The baseline removals in tCO₂e, a non-negative mass. */
  public abstract Co2e removals();

  /** The baseline emissions per category of clause 6.2.1; empty if not broken down. */
  public abstract Map<EmissionCategory, Co2e> emissionsByCategory();

  /** The ids of the GHG inventories the figures are taken from (data references, 6.5). */
  public abstract List<String> inventoryIds();

  /** The criteria by which the base year and the baseline were selected (6.5). */
  public abstract String selectionCriteria();

  /** When and how it is recalculated; by default {@link RecalculationPolicy#standard()}. */
  @Value.Default
  public RecalculationPolicy recalculationPolicy() {
    return RecalculationPolicy.standard();
  }

  /** The date the baseline was established. */
  public abstract LocalDate establishedOn();

  /** The GWP set the CO₂e figures use, e.g. {@code AR5}. */
  public abstract String gwpSet();

  @Override
  public abstract Optional<String> supersedes();

  /** The id of the {@link BaselineRecalculation} that produced this baseline, if any. */
  public abstract Optional<String> recalculationId();

  /** Whether the baseline averages several periods. */
  @JsonIgnore
  public boolean isAveraged() {
    return periods().size() > 1;
  }

  /** Net baseline emissions: emissions less removals, exact. */
  public Co2e net() {
    return emissions().minus(removals());
  }

  /** The whole base period: from the first day of the first period to the last of the last. */
  public ReportingPeriod span() {
    return ReportingPeriod.of(periods().get(0).start(), periods().get(periods().size() - 1).end());
  }

  /** The baseline emissions of the given categories, if the baseline is broken down by category. */
  public Optional<Co2e> emissionsOf(java.util.Collection<EmissionCategory> categories) {
    if (emissionsByCategory().isEmpty()) {
      return Optional.empty();
    }
    Co2e sum = Co2e.ZERO;
    for (Map.Entry<EmissionCategory, Co2e> e : emissionsByCategory().entrySet()) {
      if (categories.contains(e.getKey())) {
        sum = sum.plus(e.getValue());
      }
    }
    return Optional.of(sum);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Baseline}; {@code id}, a period, {@code emissions}, {@code removals},
   * {@code selectionCriteria}, {@code establishedOn} and {@code gwpSet} are required.
   */
  public static final class Builder extends ImmutableBaseline.Builder {}

  @Value.Check
  protected void check() {
    String t = "Baseline";
    Checks.requireId(t, "id", id());
    Checks.requireNonEmpty(t, "periods", periods());
    ReportingPeriod previous = null;
    for (ReportingPeriod p : periods()) {
      if (p.lengthInDays() > MAX_PERIOD_DAYS) {
        throw new IllegalArgumentException("Baseline " + id() + ": period " + p + " is "
            + p.lengthInDays() + " days long, but a period is at most a year;"
            + " to average several years, give one period per year");
      }
      if (previous != null && !p.start().isAfter(previous.end())) {
        throw new IllegalArgumentException("Baseline " + id() + ": period " + p
            + " must start after the end of the period before it, " + previous);
      }
      previous = p;
    }
    Checks.requireNonNegative(t, "emissions", emissions(), Co2e::isNegative);
    Checks.requireNonNegative(t, "removals", removals(), Co2e::isNegative);
    emissionsByCategory().forEach((c, e) ->
        Checks.requireNonNegative(t, "emissionsByCategory[" + c.code() + "]", e, Co2e::isNegative));
    inventoryIds().forEach(i -> Checks.requireId(t, "inventoryIds", i));
    Checks.requireDistinct(t, "inventoryIds", inventoryIds(), i -> i);
    Checks.requireNonBlank(t, "selectionCriteria", selectionCriteria());
    Checks.requireNonBlank(t, "gwpSet", gwpSet());
    Checks.requireNotSelf(t, id(), supersedes());
    recalculationId().ifPresent(r -> {
      Checks.requireId(t, "recalculationId", r);
      if (supersedes().isEmpty()) {
        throw new IllegalArgumentException("Baseline " + id() + " was produced by recalculation "
            + r + ", so it must name the baseline it supersedes");
      }
    });
  }
}
