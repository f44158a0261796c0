// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An estimate of future emissions and removals for one year, made in the GHG review (预测, T/CAS
 * 612 clause 6.3 f), with the assumptions it rests on.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProjection.class)
public abstract class Projection implements WithProjection {

  /** The year projected. */
  public abstract int year();

  /** The projected emissions in tCO₂e. */
  public abstract Co2e emissions();

  /** The projected removals in tCO₂e, if estimated. */
  public abstract Optional<Co2e> removals();

  /** The assumptions: growth of output, measures carried out, grid factor trend … */
  public abstract String assumptions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Projection}; {@code year}, {@code emissions} and {@code assumptions}. */
  public static final class Builder extends ImmutableProjection.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireYear("Projection", "year", year());
    Checks.requireNonNegative("Projection", "emissions", emissions(), Co2e::isNegative);
    removals().ifPresent(r -> Checks.requireNonNegative("Projection", "removals", r,
        Co2e::isNegative));
    Checks.requireNonBlank("Projection", "assumptions", assumptions());
  }
}
