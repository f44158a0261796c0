// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.ghg.Co2e;
import org.immutables.value.Value;

/**
 * Net emissions (emissions less removals) of one year, observed or projected (T/CAS 612 clause
 * 6.3 f). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableYearValue.class)
public abstract class YearValue implements WithYearValue {

  /** The year. */
  public abstract int year();

  /** The net emissions of the year; may be negative when removals exceed emissions. */
  public abstract Co2e netEmissions();

  /** The value of {@code year}. */
  public static YearValue of(int year, Co2e netEmissions) {
    return builder().year(year).netEmissions(netEmissions).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearValue}; both attributes are required. */
  public static final class Builder extends ImmutableYearValue.Builder {}
}
