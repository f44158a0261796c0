// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One figure of a multi-site sampling table: its key (e.g. {@code surveillance_factor}), its
 * value, its source and whether that source was checked.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSamplingRule.class)
public abstract class SamplingRule implements WithSamplingRule {

  /** The key. */
  public abstract String key();

  /** The value, exact. */
  public abstract BigDecimal value();

  /** Whether it was checked against its source. */
  public abstract boolean verified();

  /** Its source. */
  public abstract String source();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplingRule}. */
  public static final class Builder extends ImmutableSamplingRule.Builder {}
}
