// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.immutables.value.Value;

/**
 * An emission factor (排放因子, T/CAS 612 clause 6.3): the mass of one gas, or of CO₂-equivalent,
 * emitted per unit of an activity, with its own units (e.g. {@code t} of CO₂ per {@code MWh},
 * {@code kg} of CH₄ per {@code TJ}, {@code kgCO2e} per {@code CNY}), the region and period it
 * applies to and its {@link Provenance}.
 *
 * <p>The factor is found in a {@link FactorLibrary} by its {@linkplain #key() activity key}
 * (e.g. {@code electricity.grid.mee-nbs-average}), region and year. It applies to an activity
 * period that lies within {@code validFrom}–{@code validTo} when either is given; otherwise to an
 * activity period inside its {@code dataYear} when that is given; otherwise to any period.
 *
 * <p>A factor without a {@link #gas()} is a CO₂e factor: its {@link #unit()} is a CO₂e mass
 * ({@code tCO2e}, {@code kgCO2e}). A factor with a gas has a mass unit ({@code t}, {@code kg},
 * {@code g}). Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableEmissionFactor.class)
public abstract class EmissionFactor implements Identified, WithEmissionFactor {

  /** The region every library falls back to under {@link FallbackRule#NATIONAL_FOR_REGION}. */
  public static final String NATIONAL = "national";

  @Override
  public abstract String id();

  /** The activity key it is looked up by, e.g. {@code electricity.grid.mee-nbs-average}. */
  public abstract String key();

  /** The gas it gives a mass of; empty for a CO₂e factor. */
  public abstract Optional<GreenhouseGas> gas();

  /** The value, exact. */
  public abstract BigDecimal value();

  /** The unit of the emitted mass: a mass for a gas, a CO₂e mass for a CO₂e factor. */
  public abstract MeasureUnit unit();

  /** The unit of the activity the factor is per, e.g. {@code MWh}. */
  public abstract MeasureUnit perUnit();

  /** The region it applies to, e.g. {@code national} or {@code east (华东)}. */
  @Value.Default
  public String region() {
    return NATIONAL;
  }

  /** The year the factor describes, if it is a yearly figure. */
  public abstract Optional<Integer> dataYear();

  /** The first day it applies to, if limited. */
  public abstract Optional<LocalDate> validFrom();

  /** The last day it applies to, if limited. */
  public abstract Optional<LocalDate> validTo();

  /** Whether the CO₂ it gives comes from biomass, reported apart from the total. */
  @Value.Default
  public boolean biogenic() {
    return false;
  }

  /** Where the figure comes from. */
  public abstract Provenance provenance();

  /** The factor as a {@link Rate}. */
  @JsonIgnore
  public Rate rate() {
    return Rate.of(value(), unit(), perUnit());
  }

  /** The factor's unit as printed, e.g. {@code tCO2/MWh}, {@code kgCH4/TJ}, {@code tCO2e/MWh}. */
  @JsonIgnore
  public String unitText() {
    return unit().code() + gas().map(GreenhouseGas::code).orElse("") + "/" + perUnit().code();
  }

  /**
   * Whether the factor applies to an activity in {@code period}: the period lies inside its
   * validity, or inside its data year, or the factor is not limited in time.
   */
  public boolean appliesTo(ReportingPeriod period) {
    if (validFrom().isPresent() || validTo().isPresent()) {
      return validFrom().map(f -> !period.start().isBefore(f)).orElse(true)
          && validTo().map(t -> !period.end().isAfter(t)).orElse(true);
    }
    return dataYear().map(y -> period.start().getYear() == y && period.end().getYear() == y)
        .orElse(true);
  }

  /** The time the factor applies to, as printed in messages, e.g. {@code data year 2022}. */
  @JsonIgnore
  public String validityText() {
    if (validFrom().isPresent() || validTo().isPresent()) {
      return "valid " + validFrom().map(LocalDate::toString).orElse("…") + " to "
          + validTo().map(LocalDate::toString).orElse("…");
    }
    return dataYear().map(y -> "data year " + y).orElse("not limited in time");
  }

  /** Whether {@code wanted} names the factor's region (see {@link FactorLibrary}). */
  public boolean isForRegion(String wanted) {
    return regionMatches(region(), wanted);
  }

  static boolean regionMatches(String region, String wanted) {
    String w = wanted.strip().toLowerCase(Locale.ROOT);
    String r = region.strip().toLowerCase(Locale.ROOT);
    if (r.equals(w)) {
      return true;
    }
    int open = r.indexOf(" (");
    if (open > 0 && r.endsWith(")")) {
      return r.substring(0, open).equals(w) || r.substring(open + 2, r.length() - 1).equals(w);
    }
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EmissionFactor}; id, key, value, unit, perUnit and provenance are required.
   */
  public static final class Builder extends ImmutableEmissionFactor.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("EmissionFactor", "id", id());
    Checks.requireNonBlank("EmissionFactor", "key", key());
    Checks.requireNonBlank("EmissionFactor", "region", region());
    Checks.requireNonNegative("EmissionFactor", "value", value());
    QuantityKind expected = gas().isPresent() ? QuantityKind.MASS : QuantityKind.CO2E_MASS;
    if (unit().kind() != expected) {
      throw new IllegalArgumentException("EmissionFactor " + id() + ": unit must be a "
          + expected.labelEn() + (gas().isPresent() ? " for a factor of " + gas().get()
          : " for a CO2e factor") + ", but was '" + unit().code() + "'");
    }
    if (validFrom().isPresent() && validTo().isPresent()) {
      Checks.requireNotBefore("EmissionFactor", "validTo", validTo().get(), "validFrom",
          validFrom().get());
    }
    if (biogenic() && gas().filter(g -> g == GreenhouseGas.CO2).isEmpty()) {
      throw new IllegalArgumentException("EmissionFactor " + id()
          + " is biogenic, but only a CO2 factor can be biogenic; its gas is "
          + gas().map(GreenhouseGas::code).orElse("CO2e"));
    }
  }
}
