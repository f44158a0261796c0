// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A relevant requirement of an interested party (相关方的有关要求), legal or other, with what the
 * organisation decided about it (T/CAS 612 clause 4.2 b) and c)): whether it is taken into the
 * organisation's compliance obligations ({@link #complianceObligationId()}, or the reason it is not,
 * {@link #notAdoptedReason()}), and whether it is a need or expectation to be acted on ({@link
 * #actionNeeded()}).
 *
 * <p>A requirement without these decisions is still a valid record: the conformity assessment
 * reports it.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePartyRequirement.class)
public abstract class PartyRequirement implements Identified, WithPartyRequirement {

  @Override
  public abstract String id();

  /** The requirement. */
  public abstract String description();

  /** Whether it is a legal requirement (else another requirement). */
  public abstract boolean legal();

  /** The id of the compliance obligation it is taken into (4.2 b)), if it is. */
  public abstract Optional<String> complianceObligationId();

  /**
   * The recorded decision not to take it into the compliance obligations, with its reason (4.2
   * b)), if so decided.
   */
  public abstract Optional<String> notAdoptedReason();

  /** Whether it is to be acted on (4.2 c)); empty while undecided. */
  public abstract Optional<Boolean> actionNeeded();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartyRequirement}; {@code id}, {@code description} and {@code legal} are
   * required.
   */
  public static final class Builder extends ImmutablePartyRequirement.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("PartyRequirement", "id", id());
    Checks.requireNonBlank("PartyRequirement", "description", description());
    complianceObligationId().ifPresent(o -> Checks.requireId("PartyRequirement",
        "complianceObligationId", o));
    notAdoptedReason().ifPresent(r -> Checks.requireNonBlank("PartyRequirement",
        "notAdoptedReason", r));
  }
}
