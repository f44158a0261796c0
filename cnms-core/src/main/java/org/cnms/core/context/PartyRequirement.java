package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A need or expectation of an interested party (相关方的需求和期望) relevant to the
 * carbon-neutrality management system (T/CAS 612 clause 4.2), and whether the organisation needs
 * to act on it.
 *
 * <p>A legal requirement is folded into a {@link ComplianceObligation}, which {@link
 * #complianceObligationId()} names; whether every legal requirement has one is judged by the
 * conformity engine, not refused here.
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

  /** Whether it is a legal requirement. */
  public abstract boolean legal();

  /** The id of the compliance obligation this requirement is folded into, if any. */
  public abstract Optional<String> complianceObligationId();

  /** Whether the organisation needs to act on it. */
  public abstract boolean actionNeeded();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartyRequirement}; {@code id}, {@code description}, {@code legal} and
   * {@code actionNeeded} are required.
   */
  public static final class Builder extends ImmutablePartyRequirement.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("PartyRequirement", "id", id());
    Checks.requireNonBlank("PartyRequirement", "description", description());
    complianceObligationId().ifPresent(o -> Checks.requireId("PartyRequirement",
        "complianceObligationId", o));
  }
}
