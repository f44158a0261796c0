package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The scope of the carbon-neutrality management system (管理体系范围), kept as documented
 * information (T/CAS 612 clause 4.3): what it covers — activities, products and services,
 * functions and operating units — with exclusions and their justifications. The physical side of
 * the scope is the {@link OrganisationalBoundary}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScopeStatement.class)
public abstract class ScopeStatement implements WithScopeStatement {

  /** The statement of scope as documented. */
  public abstract String statement();

  /** The activities, products and services covered. */
  public abstract List<String> activities();

  /** What is left out, each with its justification. */
  public abstract List<ScopeExclusion> exclusions();

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
    Checks.requireNonBlank("ScopeStatement", "statement", statement());
  }
}
