// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The surrender of held units for compliance in an emissions trading scheme (履约清缴, T/CAS 612
 * clause 6.7 a) for a compliance year. Final: a surrendered unit can never move again.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSurrenderedForCompliance.class)
@JsonTypeName("SurrenderedForCompliance")
public abstract non-sealed class SurrenderedForCompliance implements UnitMovement, WithSurrenderedForCompliance {

  /** The compliance year the units are surrendered for. */
  public abstract int complianceYear();

  /** The trading scheme, e.g. {@code CN-ETS}, if recorded. */
  public abstract Optional<String> scheme();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "SurrenderedForCompliance";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SurrenderedForCompliance}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableSurrenderedForCompliance.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("SurrenderedForCompliance", "id", id());
    Checks.requireId("SurrenderedForCompliance", "registry", registry());
    if (complianceYear() < 1900 || complianceYear() > 9999) {
      throw new IllegalArgumentException("SurrenderedForCompliance.complianceYear must be a year"
          + " from 1900 to 9999, but was " + complianceYear());
    }
    scheme().ifPresent(s -> Checks.requireId("SurrenderedForCompliance", "scheme", s));
  }
}
