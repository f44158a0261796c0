// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Ratio;
import org.immutables.value.Value;

/**
 * One term of the product a calculated mass is (T/CAS 612 clause 6.3): the activity amount, a unit
 * conversion, a factor, a parameter or a constant, each with its exact value (a ratio, e.g.
 * {@code 11/3} for 44/12) and its unit as printed. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTraceTerm.class)
public abstract class TraceTerm implements WithTraceTerm {

  /** What the term is, e.g. {@code activity amount}, {@code conversion kWh→MWh}. */
  public abstract String label();

  /** The exact value. */
  public abstract Ratio value();

  /** The unit as printed, e.g. {@code MWh}, {@code tCO2/MWh}, {@code 1}. */
  public abstract String unit();

  /** A term of the given label, value and unit. */
  public static TraceTerm of(String label, Ratio value, String unit) {
    return builder().label(label).value(value).unit(unit).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TraceTerm}; all attributes are required. */
  public static final class Builder extends ImmutableTraceTerm.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("TraceTerm", "label", label());
  }

  /** The term as {@code label = value unit}. */
  @Override
  public String toString() {
    return label() + " = " + value() + " " + unit();
  }
}
