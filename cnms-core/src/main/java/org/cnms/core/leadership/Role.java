// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A role (岗位) in the carbon-neutrality management system with its responsibilities and
 * authorities (职责和权限), and the duties a) to f) of T/CAS 612 clause 5.3 it carries.
 *
 * <p>A role may be vacant (no holder) and may carry none of the clause 5.3 duties: the conformity
 * engine checks that every duty is assigned to a role held by a person. {@link
 * #reportingIntervalMonths()} is the set interval of duty d), reporting to top management.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role implements Identified, WithRole {

  @Override
  public abstract String id();

  /** The role's title, e.g. {@code 碳中和管理者代表}. */
  public abstract String title();

  /** The ids of the persons who hold the role, each once; may be empty. */
  public abstract List<String> holderPersonIds();

  /** The duties of clause 5.3 the role carries, each once. */
  public abstract List<RoleDuty> duties();

  /** The responsibilities, in the organisation's words. */
  public abstract String responsibilities();

  /** The authorities, in the organisation's words. */
  public abstract String authorities();

  /** The interval in months at which the role reports to top management, if set; above zero. */
  public abstract OptionalInt reportingIntervalMonths();

  /**
   * The dates of the role's reports to top management on the system's performance (5.3 d)), in
   * any order.
   */
  public abstract List<LocalDate> reportedOn();

  /** The date the role's responsibilities and authorities were made known (5.3), if recorded. */
  public abstract Optional<LocalDate> communicatedOn();

  /** The date of the latest report to top management, if any. */
  public Optional<LocalDate> lastReportedOn() {
    return reportedOn().stream().max(LocalDate::compareTo);
  }

  /** Whether the role carries this duty. */
  public boolean carries(RoleDuty duty) {
    return duties().contains(duty);
  }

  /** Whether at least one person holds the role. */
  public boolean hasHolder() {
    return !holderPersonIds().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Role}; {@code id}, {@code title}, {@code responsibilities} and {@code
   * authorities} are required.
   */
  public static final class Builder extends ImmutableRole.Builder {}

  @Value.Check
  protected void check() {
    String t = "Role";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "title", title());
    holderPersonIds().forEach(p -> Checks.requireId(t, "holderPersonIds", p));
    Checks.requireDistinct(t, "holderPersonIds", holderPersonIds(), p -> p);
    Checks.requireDistinct(t, "duties", duties(), d -> d);
    Checks.requireNonBlank(t, "responsibilities", responsibilities());
    Checks.requireNonBlank(t, "authorities", authorities());
    reportingIntervalMonths().ifPresent(m -> {
      if (m <= 0) {
        throw new IllegalArgumentException(
            "Role.reportingIntervalMonths must be positive, but was " + m);
      }
    });
  }
}
