// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.units.Amount;

/**
 * Computes the GHG performance indicators of T/CAS 612 clause 6.4 from inventories: emission
 * intensities (in total, per category, per facility) and their changes year on year and against
 * the baseline (6.5).
 *
 * <p>Emissions are the inventory's emission lines (gross; removals and biogenic CO₂ are reported
 * apart, as in {@link GhgInventory#totalEmissions()}) and the baseline's {@link
 * Baseline#emissions()}. Every division — an intensity, a percent change — is rounded by this
 * calculator's {@link MathContext}, {@link #DEFAULT_CONTEXT} unless the caller passes one, and the
 * policy is written into each result; sums and differences are exact. Immutable, thread-safe.
 *
 * <pre>{@code
 * IndicatorCalculator calc = IndicatorCalculator.withDefaultRounding();
 * Intensity perTonne = calc.intensity(inventory2025, Amount.of("125000", "t"));
 * IndicatorChange yoy = calc.yearOnYear(inventory2024, inventory2025);
 * }</pre>
 */
public final class IndicatorCalculator {

  /** The default rounding policy: 16 significant digits, half-even ({@code DECIMAL64}). */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String TOTAL_EMISSIONS = "total emissions";

  private final MathContext context;

  private IndicatorCalculator(MathContext context) {
    this.context = Objects.requireNonNull(context, "context");
    if (context.getPrecision() == 0) {
      throw new IllegalArgumentException("IndicatorCalculator needs a limited precision for its"
          + " divisions, but was unlimited");
    }
  }

  /** The calculator rounding by {@link #DEFAULT_CONTEXT}. */
  public static IndicatorCalculator withDefaultRounding() {
    return new IndicatorCalculator(DEFAULT_CONTEXT);
  }

  /**
   * The calculator rounding every division by {@code context}.
   *
   * @throws IllegalArgumentException if {@code context} has unlimited precision
   */
  public static IndicatorCalculator of(MathContext context) {
    return new IndicatorCalculator(context);
  }

  /** The rounding policy. */
  public MathContext context() {
    return context;
  }

  /**
   * The intensity of the inventory's total emissions.
   *
   * @param inventory the inventory, not null
   * @param denominator the production or output value of the period, positive, not null
   * @return the intensity
   * @throws IllegalArgumentException if the denominator is not positive
   */
  public Intensity intensity(GhgInventory inventory, Amount denominator) {
    return intensity(inventory, IntensityScope.TOTAL, Optional.empty(), Optional.empty(),
        inventory.totalEmissions(), denominator);
  }

  /**
   * The intensity of each emission category that has emission lines, in category order, all per
   * the organisation's production or output value.
   *
   * @throws IllegalArgumentException if the denominator is not positive
   */
  public List<Intensity> intensitiesByCategory(GhgInventory inventory, Amount denominator) {
    List<Intensity> result = new ArrayList<>();
    for (Map.Entry<EmissionCategory, Co2e> e : inventory.emissionsByCategory().entrySet()) {
      result.add(intensity(inventory, IntensityScope.CATEGORY, Optional.of(e.getKey()),
          Optional.empty(), e.getValue(), denominator));
    }
    return List.copyOf(result);
  }

  /**
   * The intensity of each facility that has emission lines, in facility-id order, each per its own
   * production or output value.
   *
   * @param denominators the production or output value per facility id, not null
   * @throws IllegalArgumentException naming every facility with emissions but no denominator, or
   *     a denominator that is not positive
   */
  public List<Intensity> intensitiesByFacility(GhgInventory inventory,
      Map<String, Amount> denominators) {
    Map<String, Co2e> byFacility = inventory.emissionsByFacility();
    TreeSet<String> missing = new TreeSet<>(byFacility.keySet());
    missing.removeAll(denominators.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Intensity per facility of inventory " + inventory.id()
          + ": no denominator for facilities " + String.join(", ", missing));
    }
    List<Intensity> result = new ArrayList<>();
    for (Map.Entry<String, Co2e> e : byFacility.entrySet()) {
      result.add(intensity(inventory, IntensityScope.FACILITY, Optional.empty(),
          Optional.of(e.getKey()), e.getValue(), denominators.get(e.getKey())));
    }
    return List.copyOf(result);
  }

  /**
   * The change of total emissions from the previous inventory to the current one.
   *
   * <p>Worked example: 1000 t in 2024, 950 t in 2025: −50 t, −5 %.
   *
   * @throws IllegalArgumentException if {@code previous} does not end before {@code current} starts
   * @throws ArithmeticException if the previous emissions are zero
   */
  public IndicatorChange yearOnYear(GhgInventory previous, GhgInventory current) {
    requireBefore(previous.period(), current.period());
    return change(ChangeKind.YEAR_ON_YEAR, TOTAL_EMISSIONS, Co2e.UNIT,
        previous.period().toString(), previous.totalEmissions().tonnes(),
        current.period().toString(), current.totalEmissions().tonnes());
  }

  /**
   * The change of an intensity from the previous period to the current one.
   *
   * @throws IllegalArgumentException if the two cover different scopes, categories or facilities,
   *     are in different units, or {@code previous} does not end before {@code current} starts
   * @throws ArithmeticException if the previous intensity is zero
   */
  public IndicatorChange yearOnYear(Intensity previous, Intensity current) {
    requireComparable(previous, current);
    requireBefore(previous.period(), current.period());
    return change(ChangeKind.YEAR_ON_YEAR, "intensity " + current.subject(), current.unitCode(),
        previous.period().toString(), previous.value(), current.period().toString(),
        current.value());
  }

  /**
   * The change of total emissions from the baseline's emissions to the inventory's.
   *
   * <p>Worked example: baseline 1200 t, inventory 900 t: −300 t, −25 %.
   *
   * @throws IllegalArgumentException if the inventory starts before the baseline's first period
   * @throws ArithmeticException if the baseline emissions are zero
   */
  public IndicatorChange againstBaseline(Baseline baseline, GhgInventory current) {
    if (current.period().start().isBefore(baseline.span().start())) {
      throw new IllegalArgumentException("Inventory " + current.id() + " of " + current.period()
          + " starts before baseline " + baseline.id() + " of " + baseline.span());
    }
    return change(ChangeKind.AGAINST_BASELINE, TOTAL_EMISSIONS, Co2e.UNIT, baseline.id(),
        baseline.emissions().tonnes(), current.period().toString(),
        current.totalEmissions().tonnes());
  }

  /**
   * The change of an intensity from the intensity of the base year (computed from the base-year
   * inventory, or from the baseline's emissions and the base-year production) to a later one.
   *
   * @param baselineId the id of the baseline, named as the reference, not null
   * @throws IllegalArgumentException if the two are not comparable, or {@code base} ends after
   *     {@code current} starts
   * @throws ArithmeticException if the base intensity is zero
   */
  public IndicatorChange againstBaseline(String baselineId, Intensity base, Intensity current) {
    requireComparable(base, current);
    requireBefore(base.period(), current.period());
    return change(ChangeKind.AGAINST_BASELINE, "intensity " + current.subject(),
        current.unitCode(), baselineId, base.value(), current.period().toString(),
        current.value());
  }

  private Intensity intensity(GhgInventory inventory, IntensityScope scope,
      Optional<EmissionCategory> category, Optional<String> facility, Co2e emissions,
      Amount denominator) {
    if (denominator.value().signum() <= 0) {
      throw new IllegalArgumentException("Intensity of inventory " + inventory.id() + " ("
          + scope + facility.map(f -> " " + f).orElse("")
          + category.map(c -> " " + c.code()).orElse("")
          + "): the denominator must be positive, but was " + denominator);
    }
    return Intensity.builder()
        .inventoryId(inventory.id())
        .period(inventory.period())
        .scope(scope)
        .category(category)
        .facilityId(facility)
        .emissions(emissions)
        .denominator(denominator)
        .value(Decimals.plain(emissions.tonnes().divide(denominator.value(), context)))
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode())
        .build();
  }

  private IndicatorChange change(ChangeKind kind, String indicator, String unit,
      String reference, BigDecimal referenceValue, String current, BigDecimal currentValue) {
    if (referenceValue.signum() == 0) {
      throw new ArithmeticException("The change of " + indicator + " against " + reference
          + " has no percentage: the reference value is zero");
    }
    BigDecimal difference = currentValue.subtract(referenceValue);
    return IndicatorChange.builder()
        .kind(kind)
        .indicator(indicator)
        .unitCode(unit)
        .reference(reference)
        .referenceValue(referenceValue)
        .current(current)
        .currentValue(currentValue)
        .absoluteChange(difference)
        .percentChange(Decimals.plain(
            difference.multiply(HUNDRED).divide(referenceValue.abs(), context)))
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode())
        .build();
  }

  private static void requireBefore(ReportingPeriod earlier, ReportingPeriod later) {
    if (!earlier.end().isBefore(later.start())) {
      throw new IllegalArgumentException("Period " + earlier + " must end before period " + later
          + " starts");
    }
  }

  private static void requireComparable(Intensity a, Intensity b) {
    if (!a.subject().equals(b.subject()) || a.scope() != b.scope()) {
      throw new IllegalArgumentException("Cannot compare the intensity of " + a.scope() + " "
          + a.subject() + " with that of " + b.scope() + " " + b.subject());
    }
    if (!a.unitCode().equals(b.unitCode())) {
      throw new IllegalArgumentException("Cannot compare an intensity in " + a.unitCode()
          + " with one in " + b.unitCode() + " (" + a.subject() + ")");
    }
  }
}
