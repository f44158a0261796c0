// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An opportunity to improve carbon-neutrality performance identified and ranked in the GHG review
 * (改进机会, T/CAS 612 clause 6.3 e): what it is, the sources it concerns, the reduction expected,
 * and its rank — 1 is the first to pursue.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableImprovementOpportunity.class)
public abstract class ImprovementOpportunity implements Identified, WithImprovementOpportunity {

  @Override
  public abstract String id();

  /** What the opportunity is. */
  public abstract String description();

  /** The ids of the sources or sinks it concerns. */
  public abstract List<String> sourceIds();

  /** The reduction expected, in tCO₂e, if estimated. */
  public abstract Optional<Co2e> expectedReduction();

  /** Its rank, 1 or more; 1 is pursued first. */
  public abstract int rank();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImprovementOpportunity}; {@code id}, {@code description}, {@code rank}. */
  public static final class Builder extends ImmutableImprovementOpportunity.Builder {}

  @Value.Check
  protected void check() {
    String t = "ImprovementOpportunity";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    sourceIds().forEach(s -> Checks.requireId(t, "sourceIds", s));
    Checks.requireDistinct(t, "sourceIds", sourceIds(), s -> s);
    expectedReduction().ifPresent(e -> Checks.requireNonNegative(t, "expectedReduction", e,
        Co2e::isNegative));
    Checks.requireAtLeast(t, "rank", rank(), 1);
  }
}
