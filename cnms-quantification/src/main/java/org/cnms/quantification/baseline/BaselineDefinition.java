// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.cnms.core.performance.RecalculationPolicy;
import org.immutables.value.Value;

/**
 * What the organisation decides about a baseline before its figures are computed (T/CAS 612
 * clause 6.5): its id, the documented criteria for the choice of base year, the date it is
 * established and, optionally, its recalculation policy (the standard 5 % policy otherwise).
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBaselineDefinition.class)
public abstract class BaselineDefinition implements WithBaselineDefinition {

  /** The id of the baseline to build. */
  public abstract String id();

  /** The criteria by which the base year or period was selected. */
  public abstract String selectionCriteria();

  /** The date the baseline is established. */
  public abstract LocalDate establishedOn();

  /** The recalculation policy; {@link RecalculationPolicy#standard()} when empty. */
  public abstract Optional<RecalculationPolicy> recalculationPolicy();

  /** A definition with the standard recalculation policy. */
  public static BaselineDefinition of(String id, String selectionCriteria,
      LocalDate establishedOn) {
    return builder().id(id).selectionCriteria(selectionCriteria).establishedOn(establishedOn)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BaselineDefinition}; all but the policy are required. */
  public static final class Builder extends ImmutableBaselineDefinition.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("BaselineDefinition", "id", id());
    Checks.requireNonBlank("BaselineDefinition", "selectionCriteria", selectionCriteria());
  }
}
