// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The review of one GHG source or sink in the GHG review (T/CAS 612 clause 6.3 d): the variables
 * that influence it, its current level, and the people who work for or on behalf of the
 * organisation and influence it.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSourceReview.class)
public abstract class SourceReview implements WithSourceReview {

  /** The id of the {@link GhgSource} or {@link GhgSink} reviewed. */
  public abstract String sourceId();

  /** The relevant variables, e.g. {@code 产量}, {@code heating degree days}. */
  public abstract List<String> relevantVariables();

  /** Its current level in tCO₂e, if determined. */
  public abstract Optional<Co2e> currentLevel();

  /** The ids of the people who influence it. */
  public abstract List<String> influencerPersonIds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceReview}; {@code sourceId} is required. */
  public static final class Builder extends ImmutableSourceReview.Builder {}

  @Value.Check
  protected void check() {
    String t = "SourceReview";
    Checks.requireId(t, "sourceId", sourceId());
    relevantVariables().forEach(v -> Checks.requireNonBlank(t, "relevantVariables", v));
    currentLevel().ifPresent(c -> Checks.requireNonNegative(t, "currentLevel", c,
        Co2e::isNegative));
    influencerPersonIds().forEach(p -> Checks.requireId(t, "influencerPersonIds", p));
    Checks.requireDistinct(t, "influencerPersonIds", influencerPersonIds(), p -> p);
  }
}
