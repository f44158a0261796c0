// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The scope of the carbon-neutrality management system (碳中和管理体系的范围), set with its boundary
 * (T/CAS 612 clause 4.3.1) and maintained as documented information (4.3.2): what it covers, and
 * what was considered in setting it (4.3.2 a) to e)) — the external and internal factors, the
 * interested parties' requirements, the functions, operating units and physical limits, the
 * activities, products and services, and what the organisation has the authority and ability to
 * control or influence. The physical side of the scope is the {@link OrganisationalBoundary}.
 *
 * <p>A scope that records none of the considerations is still a valid record: the conformity
 * assessment reports what was not considered.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScopeStatement.class)
public abstract class ScopeStatement implements WithScopeStatement {

  /** The statement of scope as documented. */
  public abstract String statement();

  /** The ids of the external and internal factors (4.1) considered (4.3.2 a)), each once. */
  public abstract List<String> consideredFactorIds();

  /** The ids of the interested parties' requirements (4.2) considered (4.3.2 b)), each once. */
  public abstract List<String> consideredRequirementIds();

  /** The functions covered (4.3.2 c)). */
  public abstract List<String> functions();

  /** The operating units covered (4.3.2 c)); the physical limits are the boundary's sites. */
  public abstract List<String> operatingUnits();

  /** The activities, products and services covered (4.3.2 d)). */
  public abstract List<String> activities();

  /**
   * What the organisation has the authority and ability to control or influence, as weighed in
   * setting the scope (4.3.2 e)), if recorded.
   */
  public abstract Optional<String> controlAndInfluence();

  /** What is left out, each with its justification. */
  public abstract List<ScopeExclusion> exclusions();

  /**
   * The id of the document of the register of documented information (7.5) that maintains the
   * scope and boundary (4.3.2), if named.
   */
  public abstract Optional<String> documentId();

  /** The date the scope was determined or last confirmed. */
  public abstract LocalDate determinedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScopeStatement}; {@code statement} and {@code determinedOn} are required. */
  public static final class Builder extends ImmutableScopeStatement.Builder {}

  @Value.Check
  protected void check() {
    String t = "ScopeStatement";
    Checks.requireNonBlank(t, "statement", statement());
    consideredFactorIds().forEach(i -> Checks.requireId(t, "consideredFactorIds", i));
    Checks.requireDistinct(t, "consideredFactorIds", consideredFactorIds(), i -> i);
    consideredRequirementIds().forEach(i -> Checks.requireId(t, "consideredRequirementIds", i));
    Checks.requireDistinct(t, "consideredRequirementIds", consideredRequirementIds(), i -> i);
    controlAndInfluence().ifPresent(c -> Checks.requireNonBlank(t, "controlAndInfluence", c));
    documentId().ifPresent(d -> Checks.requireId(t, "documentId", d));
  }
}
