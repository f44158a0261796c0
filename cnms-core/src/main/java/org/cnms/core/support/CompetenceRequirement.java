// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A competence (能力) required of those who hold a role of the carbon-neutrality management system
 * (T/CAS 612 clause 7.2 a): e.g. knowledge of the GHG accounting methods of GB/T 32150 for the
 * role that defines them.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCompetenceRequirement.class)
public abstract class CompetenceRequirement implements Identified, WithCompetenceRequirement {

  @Override
  public abstract String id();

  /** The id of the role that needs the competence. */
  public abstract String roleId();

  /** The competence required. */
  public abstract String competence();

  /** A qualification that demonstrates it, e.g. a certificate, if one is required. */
  public abstract Optional<String> qualification();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CompetenceRequirement}; {@code id}, {@code roleId} and {@code competence} are
   * required.
   */
  public static final class Builder extends ImmutableCompetenceRequirement.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("CompetenceRequirement", "id", id());
    Checks.requireId("CompetenceRequirement", "roleId", roleId());
    Checks.requireNonBlank("CompetenceRequirement", "competence", competence());
    qualification().ifPresent(q -> Checks.requireNonBlank("CompetenceRequirement",
        "qualification", q));
  }
}
