// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A block of carbon units (碳资产批次, T/CAS 612 clause 6.7): units of one type, in one registry,
 * from one project and vintage, with consecutive serial numbers. Its quantity is the size of its
 * serial range, each unit 1 tCO₂e; part of a block is the same block {@linkplain #withSerials with
 * a sub-range}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUnitBlock.class)
public abstract class UnitBlock implements WithUnitBlock {

  /** The unit type. */
  public abstract UnitType type();

  /** The registry that holds the units, e.g. {@code CN-ETS}, {@code CCER-NCSC}, {@code Verra}. */
  public abstract String registry();

  /** The id of the project the units were issued for; absent for allowances. */
  public abstract Optional<String> projectId();

  /** The vintage year: the year of the reduction, or the compliance year of an allowance. */
  public abstract int vintage();

  /** The serial numbers of the units. */
  public abstract SerialRange serials();

  /** Where the reduction took place relative to the organisation's boundary; outside unless set. */
  @Value.Default
  public Origin origin() {
    return Origin.OUTSIDE_BOUNDARY;
  }

  /** Ex-post or ex-ante issuance; ex-post unless set. */
  @Value.Default
  public Issuance issuance() {
    return Issuance.EX_POST;
  }

  /** The number of units: the size of the serial range. */
  public long quantity() {
    return serials().size();
  }

  /** The units as a CO₂e mass: {@link #quantity()} tonnes, exact. */
  public Co2e co2e() {
    return Co2e.tonnes(java.math.BigDecimal.valueOf(quantity()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UnitBlock}; {@code type}, {@code registry}, {@code vintage} and
   * {@code serials} are required.
   */
  public static final class Builder extends ImmutableUnitBlock.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("UnitBlock", "registry", registry());
    projectId().ifPresent(p -> Checks.requireId("UnitBlock", "projectId", p));
    if (vintage() < 1900 || vintage() > 9999) {
      throw new IllegalArgumentException("UnitBlock.vintage must be a year from 1900 to 9999, but"
          + " was " + vintage() + " for " + serials());
    }
  }
}
