// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import org.cnms.quantification.method.FactorUse;
import org.cnms.quantification.method.TraceTerm;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.units.Ratio;
import org.cnms.quantification.internal.Multiplier;
import org.immutables.value.Value;

/**
 * The calculation trace (计算过程) of one gas of one result (T/CAS 612 clause 6.3, ISO 14064-1
 * clause 6.2): the method and its formula, the terms whose product is the mass of the gas (activity
 * amount, unit conversions, factors, parameters, constants), the factors with their provenance,
 * the GWP set and value, the factor-library version, and notes (fallback rules applied, measured
 * parameters that overrode defaults).
 *
 * <p><b>Rounding policy.</b> A product of terms is exact when it has a finite decimal. When a
 * conversion does not terminate (GJ → MWh is 5/18), the product is divided once, at the end of the
 * line, to {@code max(scale of the undivided product + k, minimum scale)} decimal places,
 * half-even, where k is the larger power of 2 or 5 in the divisor; a quotient with a finite decimal
 * is therefore never rounded. The scales applied are recorded in {@link #gasScale()} and {@link
 * #co2eScale()}, so {@link #recomputeGasTonnes()} and {@link #recomputeCo2e()} give the result's
 * figures again.
 *
 * <p>A {@link TraceMode#SUMMARY} trace keeps no terms and is shared by all results of the same
 * preparation. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTrace.class)
public abstract class Trace implements WithTrace {

  /** Full or summary. */
  public abstract TraceMode mode();

  /** The method's name, e.g. {@code emission-factor}. */
  public abstract String method();

  /** The method's formula, e.g. {@code E = AD × EF × GWP}. */
  public abstract String formula();

  /** The terms whose product is the mass of the gas in tonnes; empty in a summary. */
  public abstract List<TraceTerm> terms();

  /** The factors and parameters used, with provenance. */
  public abstract List<FactorUse> factors();

  /** The GWP set of the result. */
  public abstract String gwpSet();

  /** The GWP applied to the gas; empty when the result is in CO₂e already. */
  public abstract Optional<BigDecimal> gwp();

  /** The factor-library version used. */
  public abstract Optional<String> factorLibraryVersion();

  /** Notes: fallback rules applied, measured values that overrode defaults. */
  public abstract List<String> notes();

  /** The scale the gas mass was rounded to, if a division was needed. */
  public abstract Optional<Integer> gasScale();

  /** The scale the CO₂e was rounded to, if a division was needed. */
  public abstract Optional<Integer> co2eScale();

  /** The exact product of the terms, in tonnes of the gas. */
  public Ratio exactGasTonnes() {
    requireFull();
    Ratio r = Ratio.ONE;
    for (TraceTerm t : terms()) {
      r = r.multipliedBy(t.value());
    }
    return r;
  }

  /**
   * The gas mass recomputed from the terms by the rounding policy.
   *
   * @throws IllegalStateException for a summary trace
   */
  public BigDecimal recomputeGasTonnes() {
    return Multiplier.decimal(exactGasTonnes(), gasScale().orElse(0));
  }

  /**
   * The CO₂e recomputed from the terms and the GWP by the rounding policy.
   *
   * @throws IllegalStateException for a summary trace
   */
  public BigDecimal recomputeCo2e() {
    Ratio r = exactGasTonnes();
    if (gwp().isPresent()) {
      r = r.multipliedBy(gwp().get());
    }
    return Multiplier.decimal(r, co2eScale().orElse(0));
  }

  private void requireFull() {
    if (mode() != TraceMode.FULL) {
      throw new IllegalStateException("A summary trace keeps no terms; calculate with"
          + " TraceMode.FULL to recompute a result");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Trace}; mode, method, formula and gwpSet are required. */
  public static final class Builder extends ImmutableTrace.Builder {}
}
