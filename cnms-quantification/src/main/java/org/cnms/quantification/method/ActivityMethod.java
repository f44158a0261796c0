// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.cnms.quantification.factor.MissingFactorException;

/**
 * A quantification method (量化方法, T/CAS 612 clause 6.3) applied to one figure of activity data:
 * a named formula that, prepared against a factor library, a GWP set and the activity's key, unit,
 * region and period, gives per gas the exact terms that turn the activity amount into tonnes of the
 * gas. The family is closed: {@link EmissionFactorMethod}, {@link FuelCombustionMethod}, {@link
 * DirectMeasurementMethod}, {@link RemovalMethod}, {@link ProductFootprintMethod}. Methods that need
 * several inputs per source are {@link SourceQuantification}s.
 *
 * <p>In JSON and YAML a method names its type: {@code {"type": "fuel-combustion", …}}.
 * Immutable, thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EmissionFactorMethod.class, name = EmissionFactorMethod.NAME),
    @JsonSubTypes.Type(value = FuelCombustionMethod.class, name = FuelCombustionMethod.NAME),
    @JsonSubTypes.Type(value = DirectMeasurementMethod.class,
        name = DirectMeasurementMethod.NAME),
    @JsonSubTypes.Type(value = RemovalMethod.class, name = RemovalMethod.NAME),
    @JsonSubTypes.Type(value = ProductFootprintMethod.class, name = ProductFootprintMethod.NAME)})
public sealed interface ActivityMethod permits EmissionFactorMethod, FuelCombustionMethod,
    DirectMeasurementMethod, RemovalMethod, ProductFootprintMethod {

  /** The method's name, e.g. {@code emission-factor}. */
  String name();

  /** The formula, e.g. {@code E = AD × EF × GWP}. */
  String formula();

  /**
   * Prepares the method for an activity.
   *
   * @param context the library, GWP set and activity
   * @return one chain per gas
   * @throws org.cnms.core.units.UnitMismatchException if the activity's unit does not fit
   * @throws MissingFactorException listing every factor, parameter or GWP value not found
   */
  List<GasChain> prepare(MethodContext context);
}
