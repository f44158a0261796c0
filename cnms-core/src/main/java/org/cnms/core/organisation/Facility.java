// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A facility (设施) of the organisation — a plant, office, warehouse, fleet or piece of land — and
 * one of the physical units the organisational boundary is made of (T/CAS 612 clause 4.3). GHG
 * sources and sinks sit in facilities.
 *
 * <p>The {@code gridRegion} names the regional power grid the facility draws from (e.g.
 * {@code east (华东)}), which selects the electricity emission factor.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFacility.class)
public abstract class Facility implements Identified, WithFacility {

  @Override
  public abstract String id();

  /** The facility's name. */
  public abstract String name();

  /** What kind of site it is. */
  public abstract FacilityKind kind();

  /** Its address, if recorded. */
  public abstract Optional<String> address();

  /** The province or administrative region, e.g. {@code 江苏省}. */
  public abstract Optional<String> province();

  /** The regional power grid it draws from, as named in the electricity-factor data. */
  public abstract Optional<String> gridRegion();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Facility}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableFacility.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Facility", "id", id());
    Checks.requireNonBlank("Facility", "name", name());
  }
}
