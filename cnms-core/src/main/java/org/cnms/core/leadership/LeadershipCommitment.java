// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Evidence that top management showed leadership and commitment (领导作用和承诺) in one of the ways
 * a) to k) of T/CAS 612 clause 5.1: e.g. minutes of the meeting that approved the action plans
 * (item d)), or the decision that formed the carbon-neutrality management team (item h)).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLeadershipCommitment.class)
public abstract class LeadershipCommitment implements Identified, WithLeadershipCommitment {

  @Override
  public abstract String id();

  /** The item of clause 5.1 this evidence is for. */
  public abstract LeadershipItem item();

  /** The evidence: what was done, and where it is recorded. */
  public abstract String evidence();

  /** The date of the evidence. */
  public abstract LocalDate date();

  /** The id of the member of top management who acted, if recorded. */
  public abstract Optional<String> personId();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LeadershipCommitment}; {@code id}, {@code item}, {@code evidence} and
   * {@code date} are required.
   */
  public static final class Builder extends ImmutableLeadershipCommitment.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("LeadershipCommitment", "id", id());
    Checks.requireNonBlank("LeadershipCommitment", "evidence", evidence());
    personId().ifPresent(p -> Checks.requireId("LeadershipCommitment", "personId", p));
  }
}
