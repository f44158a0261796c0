// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.quantification.factor.SourceStatus;
import org.immutables.value.Value;

/**
 * The 100-year global warming potential of one gas in one set (kg CO₂e per kg of gas), with how
 * well it is confirmed (T/CAS 612 clause 6.3). Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGwpValue.class)
public abstract class GwpValue implements WithGwpValue {

  /** The gas. */
  public abstract GreenhouseGas gas();

  /** The GWP, exact, e.g. {@code 27.0}. */
  public abstract BigDecimal value();

  /** How well the value is confirmed. */
  public abstract SourceStatus status();

  /** A note, e.g. the value another source gives. */
  public abstract Optional<String> note();

  /** The GWP of {@code gas} as a user-supplied value. */
  public static GwpValue of(GreenhouseGas gas, String value) {
    return builder().gas(gas).value(new BigDecimal(value)).status(SourceStatus.USER_SUPPLIED)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GwpValue}; gas, value and status are required. */
  public static final class Builder extends ImmutableGwpValue.Builder {}

  @Value.Check
  protected void check() {
    Checks.requirePositive("GwpValue", "value", value());
  }
}
