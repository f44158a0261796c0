// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The uncertainty of one emission line of a GHG inventory under IPCC Approach 1 (T/CAS 612 clause
 * 6.8): the line's emissions, the uncertainties of its activity data and factor, and their
 * combination {@code sqrt(Ua² + Uf²)} in percent at 95 %. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLineUncertainty.class)
public abstract class LineUncertainty implements WithLineUncertainty {

  /** The id of the source of the line. */
  public abstract String sourceId();

  /** The gas of the line. */
  public abstract GreenhouseGas gas();

  /** The category of the line. */
  public abstract EmissionCategory category();

  /** The line's emissions, x_i. */
  public abstract Co2e emissions();

  /** The activity-data uncertainty in percent. */
  public abstract BigDecimal activityUncertainty();

  /** The factor uncertainty in percent. */
  public abstract BigDecimal factorUncertainty();

  /** The combined uncertainty U_i in percent, rounded by the assessment's rounding policy. */
  public abstract BigDecimal combinedUncertainty();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LineUncertainty}; every attribute is required. */
  public static final class Builder extends ImmutableLineUncertainty.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("LineUncertainty", "sourceId", sourceId());
    Checks.requireNonNegative("LineUncertainty", "activityUncertainty", activityUncertainty());
    Checks.requireNonNegative("LineUncertainty", "factorUncertainty", factorUncertainty());
    Checks.requireNonNegative("LineUncertainty", "combinedUncertainty", combinedUncertainty());
  }
}
