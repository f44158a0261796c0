// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An interested party (相关方) relevant to the carbon-neutrality management system — a government
 * body, supplier, customer, investor … — with its requirements (T/CAS 612 clause 4.2).
 *
 * <p>The standard asks that parties and their requirements be reviewed periodically: {@link
 * #lastReviewedOn()} and {@link #reviewIntervalMonths()} carry what the conformity engine needs to
 * judge it. A party without requirements is valid here; the engine reports it.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInterestedParty.class)
public abstract class InterestedParty implements Identified, WithInterestedParty {

  @Override
  public abstract String id();

  /** The party's name, e.g. {@code 江苏省生态环境厅}. */
  public abstract String name();

  /** What kind of party it is. */
  public abstract PartyKind kind();

  /** Its requirements relevant to the management system, each id once. */
  public abstract List<PartyRequirement> requirements();

  /** The date the party and its requirements were last reviewed, if ever. */
  public abstract Optional<LocalDate> lastReviewedOn();

  /** The interval in months at which the party is to be reviewed, if set; more than zero. */
  public abstract OptionalInt reviewIntervalMonths();

  /** The requirements marked legal. */
  public List<PartyRequirement> legalRequirements() {
    return requirements().stream().filter(PartyRequirement::legal).toList();
  }

  /** The requirement with this id, if the party has it. */
  public Optional<PartyRequirement> requirement(String requirementId) {
    return requirements().stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InterestedParty}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableInterestedParty.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("InterestedParty", "id", id());
    Checks.requireNonBlank("InterestedParty", "name", name());
    Checks.requireDistinct("InterestedParty", "requirements", requirements(),
        PartyRequirement::id);
    reviewIntervalMonths().ifPresent(m -> {
      if (m <= 0) {
        throw new IllegalArgumentException(
            "InterestedParty.reviewIntervalMonths must be positive, but was " + m);
      }
    });
  }
}
