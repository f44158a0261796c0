// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person working for or on behalf of the organisation (T/CAS 612 clauses 5.1, 5.3, 7.2): a
 * member of top management or of a carbon-neutrality team, a role holder, an auditor. Roles,
 * teams, competence records and audits refer to persons by id.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements Identified, WithPerson {

  @Override
  public abstract String id();

  /** The person's name. */
  public abstract String name();

  /** The department the person belongs to, if recorded. */
  public abstract Optional<String> department();

  /** The person's job title, e.g. {@code 总经理}, if recorded. */
  public abstract Optional<String> title();

  /** Whether the person is a member of top management (最高管理者, T/CAS 612 clause 5). */
  @Value.Default
  public boolean topManagement() {
    return false;
  }

  /** A person with this id and name. */
  public static Person of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutablePerson.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Person", "id", id());
    Checks.requireNonBlank("Person", "name", name());
    department().ifPresent(d -> Checks.requireNonBlank("Person", "department", d));
    title().ifPresent(t -> Checks.requireNonBlank("Person", "title", t));
  }
}
