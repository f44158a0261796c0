// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.Provenance;
import org.immutables.value.Value;

/**
 * A factor or parameter a calculation used, with its value, unit and provenance, as a verifier
 * reads it in the trace (T/CAS 612 clauses 6.3 and 6.8). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFactorUse.class)
public abstract class FactorUse implements WithFactorUse {

  /** The id of the factor, or a name such as {@code natural-gas NCV}. */
  public abstract String id();

  /** The value, exact. */
  public abstract BigDecimal value();

  /** The unit as printed, e.g. {@code tCO2/MWh}. */
  public abstract String unit();

  /** Where it comes from. */
  public abstract Provenance provenance();

  /**
   * The data year of the factor, if it has one: the year whose data it was derived from, which
   * may be earlier than the activity's (a fallback to the latest published factor).
   */
  public abstract java.util.Optional<Integer> dataYear();

  /** Whether the factor's data year is before {@code year} (a factor of an earlier year used). */
  public boolean isFromEarlierYearThan(int year) {
    return dataYear().filter(y -> y < year).isPresent();
  }

  /** The use of an emission factor. */
  public static FactorUse of(EmissionFactor f) {
    return builder().id(f.id()).value(f.value()).unit(f.unitText()).provenance(f.provenance())
        .dataYear(f.dataYear()).build();
  }

  /** The use of one parameter of a fuel. */
  public static FactorUse of(FuelParameters fuel, String parameter, BigDecimal value,
      String unit) {
    return builder().id(fuel.key() + " " + parameter).value(value).unit(unit)
        .provenance(fuel.provenance()).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FactorUse}; all attributes but the data year are required. */
  public static final class Builder extends ImmutableFactorUse.Builder {}
}
