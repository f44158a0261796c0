// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Amount;
import org.cnms.core.units.QuantityKind;
import org.immutables.value.Value;

/**
 * A GHG sink (温室气体汇) of the organisation in the source and sink register (T/CAS 612 clauses
 * 3.7 and 6.2.1): afforestation, forest management, vegetation restoration or capture and storage
 * that removes CO₂ from the atmosphere, with the method its removals are quantified with.
 *
 * <p>A sink's removals belong to category 1 (direct emissions and removals). Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgSink.class)
public abstract class GhgSink implements Identified, WithGhgSink {

  @Override
  public abstract String id();

  /** The sink's name, e.g. {@code 厂区防护林}. */
  public abstract String name();

  /** The id of the facility (often land) it sits in. */
  public abstract String facilityId();

  /** What kind of sink it is. */
  public abstract GhgSinkKind kind();

  /** The id of the {@link QuantificationMethod} its removals are quantified with (6.2.2). */
  public abstract String methodId();

  /** Its area, e.g. {@code 12.5 ha}, if recorded; an {@link QuantityKind#AREA}. */
  public abstract Optional<Amount> area();

  /** The id of the person responsible for the sink, if assigned (6.3 d). */
  public abstract Optional<String> ownerPersonId();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GhgSink}; {@code id}, {@code name}, {@code facilityId}, {@code kind} and
   * {@code methodId} are required.
   */
  public static final class Builder extends ImmutableGhgSink.Builder {}

  @Value.Check
  protected void check() {
    String t = "GhgSink";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "name", name());
    Checks.requireId(t, "facilityId", facilityId());
    Checks.requireId(t, "methodId", methodId());
    area().ifPresent(a -> {
      if (a.kind() != QuantityKind.AREA) {
        throw new IllegalArgumentException("GhgSink " + id() + ": area must be in a unit of area"
            + " (m2, ha), but was " + a);
      }
      Checks.requireNonNegative(t, "area", a.value());
    });
    ownerPersonId().ifPresent(o -> Checks.requireId(t, "ownerPersonId", o));
  }
}
