// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The uncertainty of a GHG inventory's emissions by error propagation, IPCC Approach 1 (T/CAS 612
 * clause 6.8; IPCC 2006 Guidelines volume 1, equations 3.1 and 3.2): per line {@code U_i =
 * sqrt(Ua² + Uf²)}, in total {@code U = sqrt(Σ (U_i·x_i)²) / |Σ x_i|}, in percent at 95 %.
 *
 * <p>Removals and biogenic CO₂ are not part of it: it covers the emission lines. The rounding
 * policy used ({@link #precision()} significant digits, {@link #roundingMode()}) is part of the
 * result. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePropagatedUncertainty.class)
public abstract class PropagatedUncertainty implements WithPropagatedUncertainty {

  /** The id of the inventory assessed. */
  public abstract String inventoryId();

  /** The period of the inventory. */
  public abstract ReportingPeriod period();

  /** The emission lines with their uncertainties, in inventory order. */
  public abstract List<LineUncertainty> lines();

  /** The total emissions Σ x_i, exact. */
  public abstract Co2e totalEmissions();

  /**
   * The absolute uncertainty at 95 %, {@code sqrt(Σ (U_i·x_i)²) / 100}, in tCO₂e; the square root
   * rounded by the rounding policy, the division by 100 exact.
   */
  public abstract Co2e absoluteUncertainty();

  /**
   * The total uncertainty in percent at 95 %, {@code sqrt(Σ (U_i·x_i)²) / |Σ x_i|}; empty when the
   * total emissions are zero.
   */
  public abstract Optional<BigDecimal> totalUncertainty();

  /** The number of significant digits of every rounded step. */
  public abstract int precision();

  /** The rounding mode of every rounded step. */
  public abstract RoundingMode roundingMode();

  /** The rounding policy as a {@link MathContext}. */
  @JsonIgnore
  public MathContext getMathContext() {
    return new MathContext(precision(), roundingMode());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PropagatedUncertainty}; all but {@code totalUncertainty} required. */
  public static final class Builder extends ImmutablePropagatedUncertainty.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("PropagatedUncertainty", "inventoryId", inventoryId());
    if (absoluteUncertainty().isNegative()) {
      throw new IllegalArgumentException("PropagatedUncertainty.absoluteUncertainty must not be"
          + " negative, but was " + absoluteUncertainty());
    }
    totalUncertainty().ifPresent(u ->
        Checks.requireNonNegative("PropagatedUncertainty", "totalUncertainty", u));
    if (precision() <= 0) {
      throw new IllegalArgumentException("PropagatedUncertainty.precision must be positive, but was "
          + precision());
    }
  }
}
