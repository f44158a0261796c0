// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.assets.unit.UnitBlock;
import org.immutables.value.Value;

/**
 * Units surrendered for ETS compliance (履约清缴, T/CAS 612 clause 6.7 a), as the ledger recorded
 * them: one record per block the surrender drew on.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSurrender.class)
public abstract class Surrender implements WithSurrender {

  /** The id of the {@link SurrenderedForCompliance} event. */
  public abstract String eventId();

  /** The day the units were surrendered. */
  public abstract LocalDate date();

  /** The units surrendered. */
  public abstract UnitBlock block();

  /** The compliance year. */
  public abstract int complianceYear();

  /** The scheme, if recorded. */
  public abstract Optional<String> scheme();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Surrender}; all but {@code scheme} are required. */
  public static final class Builder extends ImmutableSurrender.Builder {}
}
