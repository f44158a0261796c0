// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The carbon-neutrality management team (碳中和管理团队) that top management forms, or the relevant
 * managers it places at one level of the organisation (T/CAS 612 clause 5.1 h)); the team at
 * {@link TeamLevel#ENTERPRISE enterprise} level is given the responsibilities and authorities
 * a) to f) of clause 5.3.
 *
 * <p>The members include the leader. A team at {@link TeamLevel#FACILITY facility} level names its
 * facility; a team at {@link TeamLevel#ENTERPRISE enterprise} level names none. Whether the leader
 * is a member of top management follows from the {@linkplain Person#topManagement() persons}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCarbonNeutralityTeam.class)
public abstract class CarbonNeutralityTeam implements Identified, WithCarbonNeutralityTeam {

  @Override
  public abstract String id();

  /** The team's name, e.g. {@code 碳中和领导小组}. */
  public abstract String name();

  /** The level of the organisation the team works at. */
  public abstract TeamLevel level();

  /** The id of the facility the team works for; required at facility level. */
  public abstract Optional<String> facilityId();

  /** The ids of the members, the leader included; at least one, each once. */
  public abstract List<String> memberPersonIds();

  /** The id of the team leader, one of the members. */
  public abstract String leaderPersonId();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CarbonNeutralityTeam}; {@code id}, {@code name}, {@code level}, a member and
   * {@code leaderPersonId} are required.
   */
  public static final class Builder extends ImmutableCarbonNeutralityTeam.Builder {}

  @Value.Check
  protected void check() {
    String t = "CarbonNeutralityTeam";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "name", name());
    facilityId().ifPresent(f -> Checks.requireId(t, "facilityId", f));
    if (level() == TeamLevel.FACILITY && facilityId().isEmpty()) {
      throw new IllegalArgumentException(t + " " + id() + " is at level FACILITY and needs a"
          + " facilityId");
    }
    if (level() == TeamLevel.ENTERPRISE && facilityId().isPresent()) {
      throw new IllegalArgumentException(t + " " + id() + " is at level ENTERPRISE, but names"
          + " facility '" + facilityId().get() + "'");
    }
    Checks.requireNonEmpty(t, "memberPersonIds", memberPersonIds());
    memberPersonIds().forEach(p -> Checks.requireId(t, "memberPersonIds", p));
    Checks.requireDistinct(t, "memberPersonIds", memberPersonIds(), p -> p);
    Checks.requireId(t, "leaderPersonId", leaderPersonId());
    if (!memberPersonIds().contains(leaderPersonId())) {
      throw new IllegalArgumentException(t + " " + id() + ": leader '" + leaderPersonId()
          + "' is not among the members " + memberPersonIds());
    }
  }
}
