// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.assets.unit.UnitIdentity;
import org.cnms.assets.unit.UnitType;
import org.immutables.value.Value;

/**
 * The key the ledger indexes holdings by (T/CAS 612 clause 6.7): unit type, vintage and registry.
 * The registry is kept in its {@linkplain UnitIdentity#canonical canonical form}, so
 * {@code Verra}, {@code VERRA} and {@code Ｖｅｒｒａ} name one key.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHoldingKey.class)
public abstract class HoldingKey implements WithHoldingKey, Comparable<HoldingKey> {

  /** The unit type. */
  public abstract UnitType type();

  /** The vintage year. */
  public abstract int vintage();

  /** The registry. */
  public abstract String registry();

  /** The key of {@code type}, {@code vintage} and {@code registry}. */
  public static HoldingKey of(UnitType type, int vintage, String registry) {
    return builder().type(type).vintage(vintage).registry(registry).build();
  }

  /** Orders by type code, vintage, then registry. */
  @Override
  public int compareTo(HoldingKey o) {
    int c = type().code().compareTo(o.type().code());
    if (c == 0) {
      c = Integer.compare(vintage(), o.vintage());
    }
    return c != 0 ? c : registry().compareTo(o.registry());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoldingKey}; every attribute is required. */
  public static final class Builder extends ImmutableHoldingKey.Builder {}

  /** Puts the registry in its canonical form. */
  @Value.Check
  protected HoldingKey normalize() {
    String c = UnitIdentity.canonical(registry());
    return c.equals(registry()) ? this : ImmutableHoldingKey.copyOf(this).withRegistry(c);
  }

  @Override
  public String toString() {
    return type().code() + "/" + vintage() + "/" + registry();
  }
}
