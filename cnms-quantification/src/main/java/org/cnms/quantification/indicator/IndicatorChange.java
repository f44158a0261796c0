// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The change of a GHG performance indicator (T/CAS 612 clauses 6.4 and 6.5): emissions or an
 * intensity, year on year or against the baseline, as an exact difference and in percent.
 *
 * <p>{@link #percentChange()} is {@code (current − reference) × 100 / reference}, the one division
 * rounded by the stated policy; negative is a decrease. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIndicatorChange.class)
public abstract class IndicatorChange implements WithIndicatorChange {

  /** Year on year, or against the baseline. */
  public abstract ChangeKind kind();

  /** What is compared, e.g. {@code total emissions} or {@code intensity C1}. */
  public abstract String indicator();

  /** The unit of both values, e.g. {@code tCO2e} or {@code tCO2e/t}. */
  public abstract String unitCode();

  /** The reference: the previous period, or the baseline id. */
  public abstract String reference();

  /** The reference value. */
  public abstract BigDecimal referenceValue();

  /** The compared period, e.g. {@code 2025}. */
  public abstract String current();

  /** The compared value. */
  public abstract BigDecimal currentValue();

  /** The change {@code current − reference}, exact. */
  public abstract BigDecimal absoluteChange();

  /** The change in percent of the reference, rounded by the policy; negative is a decrease. */
  public abstract BigDecimal percentChange();

  /** The number of significant digits of the division. */
  public abstract int precision();

  /** The rounding mode of the division. */
  public abstract RoundingMode roundingMode();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorChange}; every attribute is required. */
  public static final class Builder extends ImmutableIndicatorChange.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("IndicatorChange", "indicator", indicator());
    Checks.requireNonBlank("IndicatorChange", "unitCode", unitCode());
    Checks.requireNonBlank("IndicatorChange", "reference", reference());
    Checks.requireNonBlank("IndicatorChange", "current", current());
    if (referenceValue().signum() == 0) {
      throw new IllegalArgumentException("IndicatorChange of " + indicator()
          + ": the reference value must not be zero");
    }
    if (precision() <= 0) {
      throw new IllegalArgumentException("IndicatorChange.precision must be positive, but was "
          + precision());
    }
  }
}
