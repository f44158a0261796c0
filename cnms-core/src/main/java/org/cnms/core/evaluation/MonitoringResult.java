// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.immutables.value.Value;

/**
 * A monitoring and measurement result (监视、测量结果) of T/CAS 612 clause 9.1.1: the value
 * expected for a period and the value actually measured, for activity data, an operating
 * parameter, a procurement result, the improvement against the baseline or the effect of a change.
 *
 * <p>Both values measure the same kind of quantity, in the same or different units. Whether a
 * result departs seriously from what was expected is the organisation's own call, recorded in
 * {@link #seriousDeviation()}; such a result needs a {@link DeviationAnalysis} with actions. The
 * deviation in percent ({@link #deviationPercent(MathContext)}) is for information; comparing it
 * with a numeric threshold is beyond T/CAS 612.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMonitoringResult.class)
public abstract class MonitoringResult implements Identified, WithMonitoringResult {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public abstract String id();

  /** What was monitored. */
  public abstract MonitoringSubject subject();

  /** The id of the performance indicator (clause 6.4) the result belongs to, if any. */
  public abstract Optional<String> indicatorId();

  /** The id of the GHG source the result belongs to, if any. */
  public abstract Optional<String> sourceId();

  /** The period the result covers. */
  public abstract ReportingPeriod period();

  /** The value expected (planned, target or baseline value). */
  public abstract Amount expected();

  /** The value measured; of the same kind of quantity as {@link #expected()}. */
  public abstract Amount actual();

  /** The date of the measurement; not before the start of the period. */
  public abstract LocalDate measuredOn();

  /**
   * Whether the organisation records this result as departing seriously (严重偏离) from what was
   * expected (clause 9.1.1 b)), which then needs an analysis and actions ({@link
   * DeviationAnalysis}); false unless recorded.
   */
  @Value.Default
  public boolean seriousDeviation() {
    return false;
  }

  /**
   * The deviation of the actual value from the expected one, in percent of the expected value:
   * (actual − expected) / expected × 100, with the actual value first converted exactly into the
   * unit of the expected one.
   *
   * <p>Rounding: the quotient is computed as an exact fraction and rounded once, by {@code
   * context}, at the end; nothing else rounds. Example: expected 1 MWh, actual 1080 kWh gives
   * (1080/1000 − 1) / 1 × 100 = 8 exactly; expected 3 t, actual 4 t gives 33.33 with
   * {@code new MathContext(4)}. A negative value means the actual value is below the expected one.
   *
   * @param context the precision and rounding mode of the result, not null
   * @return the deviation in percent
   * @throws ArithmeticException if the expected value is zero, or if {@code context} has an
   *     unlimited precision and the result has no finite decimal
   */
  public BigDecimal deviationPercent(MathContext context) {
    return deviation().toBigDecimal(context);
  }

  /**
   * Whether the deviation is larger, in absolute value, than {@code thresholdPercent}; decided
   * exactly, without rounding: |actual − expected| &gt; threshold / 100 × |expected|.
   *
   * @param thresholdPercent the threshold of a serious deviation, in percent, not negative
   * @return true if the deviation exceeds the threshold
   * @throws IllegalArgumentException if the threshold is negative
   * @throws ArithmeticException if the expected value is zero
   */
  public boolean deviatesBeyond(BigDecimal thresholdPercent) {
    Checks.requireNonNegative("MonitoringResult", "thresholdPercent", thresholdPercent);
    Ratio d = deviation();
    Ratio abs = d.numerator().signum() < 0
        ? Ratio.of(d.numerator().negate(), d.denominator()) : d;
    return abs.compareTo(Ratio.of(thresholdPercent)) > 0;
  }

  private Ratio deviation() {
    BigDecimal expected = expected().value();
    if (expected.signum() == 0) {
      throw new ArithmeticException("MonitoringResult " + id()
          + " has an expected value of zero, so its deviation in percent is undefined");
    }
    Ratio difference = actual().conversionTo(expected().unit()).plus(Ratio.of(expected.negate()));
    return difference.multipliedBy(HUNDRED).dividedBy(Ratio.of(expected));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MonitoringResult}; all attributes but {@code indicatorId} and {@code sourceId}
   * are required.
   */
  public static final class Builder extends ImmutableMonitoringResult.Builder {}

  @Value.Check
  protected void check() {
    String t = "MonitoringResult";
    Checks.requireId(t, "id", id());
    indicatorId().ifPresent(i -> Checks.requireId(t, "indicatorId", i));
    sourceId().ifPresent(s -> Checks.requireId(t, "sourceId", s));
    if (expected().kind() != actual().kind()) {
      throw new UnitMismatchException(id(), actual().unit(), expected().unit(),
          "MonitoringResult " + id() + ": actual " + actual() + " (" + actual().kind().labelEn()
              + ") and expected " + expected() + " (" + expected().kind().labelEn()
              + ") measure different kinds of quantity");
    }
    Checks.requireNotBefore(t, "measuredOn", measuredOn(), "period.start", period().start());
  }
}
