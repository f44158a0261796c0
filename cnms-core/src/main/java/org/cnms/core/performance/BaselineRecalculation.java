// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A base-year recalculation check (基准重新计算, T/CAS 612 clauses 6.5 and 8.4 e): a change of a
 * given kind was examined against a baseline, its emissions were recomputed, and the shift was
 * compared with the significance threshold of the baseline's {@link RecalculationPolicy}. When the
 * recalculation was required and carried out, the record names the {@linkplain #newBaselineId()
 * new baseline}.
 *
 * <p>The shift is recorded exactly as the quantification engine computed it (signed: negative when
 * the recalculated emissions are lower); this record does not recompute or round it. Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBaselineRecalculation.class)
public abstract class BaselineRecalculation implements Identified, WithBaselineRecalculation {

  @Override
  public abstract String id();

  /** The id of the baseline examined. */
  public abstract String baselineId();

  /** The id of the baseline that replaced it, if it was recalculated. */
  public abstract Optional<String> newBaselineId();

  /** The kind of change that was examined. */
  public abstract RecalculationTrigger trigger();

  /** What changed. */
  public abstract String description();

  /** The baseline emissions before the change, in tCO₂e. */
  public abstract Co2e previousEmissions();

  /** The baseline emissions recomputed with the change, in tCO₂e. */
  public abstract Co2e recalculatedEmissions();

  /** The shift of the baseline emissions in percent, signed, exactly as computed. */
  public abstract BigDecimal shiftPercent();

  /** The significance threshold in percent that the shift was compared with. */
  public abstract BigDecimal thresholdPercent();

  /** Whether the shift made a recalculation of the baseline necessary. */
  public abstract boolean recalculationRequired();

  /** The date of the decision. */
  public abstract LocalDate decidedOn();

  /** The shift in tCO₂e: recalculated less previous emissions, exact. */
  public Co2e shift() {
    return recalculatedEmissions().minus(previousEmissions());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BaselineRecalculation}; all but {@code newBaselineId} are required. */
  public static final class Builder extends ImmutableBaselineRecalculation.Builder {}

  @Value.Check
  protected void check() {
    String t = "BaselineRecalculation";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "baselineId", baselineId());
    newBaselineId().ifPresent(n -> {
      Checks.requireId(t, "newBaselineId", n);
      if (n.equals(baselineId())) {
        throw new IllegalArgumentException("BaselineRecalculation " + id()
            + ": the new baseline must differ from the baseline examined, " + baselineId());
      }
    });
    Checks.requireNonBlank(t, "description", description());
    Checks.requireNonNegative(t, "previousEmissions", previousEmissions(), Co2e::isNegative);
    Checks.requireNonNegative(t, "recalculatedEmissions", recalculatedEmissions(),
        Co2e::isNegative);
    Checks.requirePercentage(t, "thresholdPercent", thresholdPercent());
  }
}
