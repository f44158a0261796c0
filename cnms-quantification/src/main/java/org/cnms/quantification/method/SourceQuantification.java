// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.quantification.activity.ObtainedBy;

/**
 * The quantification of one source in one period by a method that needs several inputs (T/CAS 612
 * clause 6.3): purchased energy with exports and green power ({@link PurchasedEnergy}), a carbon
 * mass balance ({@link MassBalance}), a refrigerant inventory change ({@link
 * RefrigerantInventoryChange}). Each holds its inputs and gives, per gas, the exact terms whose
 * product is the mass of the gas. Calculated by {@code Calculator.calculate(SourceQuantification)}.
 *
 * <p>In JSON and YAML it names its type: {@code {"type": "mass-balance", …}}. Immutable,
 * thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PurchasedEnergy.class, name = PurchasedEnergy.NAME),
    @JsonSubTypes.Type(value = MassBalance.class, name = MassBalance.NAME),
    @JsonSubTypes.Type(value = RefrigerantInventoryChange.class,
        name = RefrigerantInventoryChange.NAME)})
public sealed interface SourceQuantification permits PurchasedEnergy, MassBalance,
    RefrigerantInventoryChange {

  /** The id of this set of inputs; results carry it. */
  String id();

  /** The GHG source. */
  String sourceId();

  /** Its facility. */
  String facilityId();

  /** The emission category. */
  EmissionCategory category();

  /** The period. */
  ReportingPeriod period();

  /** How the inputs were obtained, if recorded. */
  Optional<ObtainedBy> obtainedBy();

  /** The region for regional factors, if any. */
  Optional<String> region();

  /** The method's name. */
  String name();

  /** The formula. */
  String formula();

  /** The unit of the main input, for messages and factor look-ups. */
  MeasureUnit mainUnit();

  /**
   * The chains per gas, each with every term including the inputs.
   *
   * @throws org.cnms.quantification.factor.MissingFactorException listing what is missing
   * @throws org.cnms.core.units.UnitMismatchException if a unit does not fit
   * @throws IllegalArgumentException if the inputs give a negative quantity
   */
  List<GasChain> chains(MethodContext context);
}
