// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The allocation of allowances (配额分配) or the issuance of credits (签发) to the organisation
 * (T/CAS 612 clause 6.7): units enter its holding for the first time. A serial can be issued once
 * only.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIssued.class)
@JsonTypeName("Issued")
public abstract non-sealed class Issued implements UnitArrival, WithIssued {

  /** Who allocated or issued the units, e.g. {@code MEE}, {@code Verra}. */
  public abstract Optional<String> issuer();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "Issued";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Issued}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableIssued.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Issued", "id", id());
    Checks.requireId("Issued", "account", account());
    issuer().ifPresent(i -> Checks.requireNonBlank("Issued", "issuer", i));
  }
}
