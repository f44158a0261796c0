// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The audit time of a client in the manner of IAF MD 5: the table's initial days for its effective
 * personnel, adjusted by the body's percentages (a net reduction capped at 30 %), rounded to half
 * days; at least 80 % of it on site; surveillance about a third and recertification about two
 * thirds of the initial time.
 *
 * <p>Example: 120 effective personnel in the IAF MD 5 quality table → 7 days; adjustments −10 %
 * and −25 % make −35 %, capped at −30 % → 4.9 days → 5.0 (nearest half day); on site at least
 * 4.0 (5.0 × 0.8, rounded up); surveillance 5.0 / 3 = 1.67 → 1.5; recertification 5.0 × 2/3 =
 * 3.33 → 3.5.
 *
 * <p>Exact: the arithmetic is in {@code BigDecimal}; the only roundings are to half days, by the
 * stated {@link RoundingMode} (the on-site minimum always up). The 30 %, 80 %, a third, two
 * thirds and the half-day rounding are taken from this project's summary of the standards (two thirds for
 * recertification is this project's reading), not from IAF MD 5's text: unconfirmed.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditTime.class)
public abstract class AuditTime implements WithAuditTime {

  /** The greatest net reduction, in percent. */
  public static final BigDecimal MAXIMUM_REDUCTION_PERCENT = new BigDecimal("30");
  /** The least share of the time on site. */
  public static final BigDecimal MINIMUM_ON_SITE = new BigDecimal("0.8");

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The table's name. */
  public abstract String table();

  /** The row used. */
  public abstract AuditDayRow row();

  /** The effective personnel. */
  public abstract int effectivePersonnel();

  /** The adjustments asked for, in percent (negative reduces). */
  public abstract List<BigDecimal> adjustmentsPercent();

  /** The net adjustment applied, in percent: their sum, not below −30. */
  public abstract BigDecimal appliedPercent();

  /** Whether the net reduction was capped at 30 %. */
  public abstract boolean reductionCapped();

  /** The initial audit time (stage 1 and 2), in days, to half days. */
  public abstract BigDecimal initialDays();

  /** The least time on site of the initial audit, in days, to half days (rounded up). */
  public abstract BigDecimal minimumOnSiteDays();

  /** The time of a surveillance audit, in days, to half days. */
  public abstract BigDecimal surveillanceDays();

  /** The time of a recertification audit, in days, to half days. */
  public abstract BigDecimal recertificationDays();

  /**
   * Calculates the audit time, rounding half days to the nearest ({@code HALF_UP}).
   *
   * @param table the body's table, not null
   * @param effectivePersonnel the effective personnel, at least 1
   * @param adjustmentsPercent the body's adjustments in percent
   * @return the audit time
   * @throws IllegalArgumentException if the table has no row for the personnel
   */
  public static AuditTime of(AuditDayTable table, int effectivePersonnel,
      List<BigDecimal> adjustmentsPercent) {
    return of(table, effectivePersonnel, adjustmentsPercent, RoundingMode.HALF_UP);
  }

  /**
   * Calculates the audit time with the given rounding to half days.
   *
   * @param table the body's table, not null
   * @param effectivePersonnel the effective personnel, at least 1
   * @param adjustmentsPercent the body's adjustments in percent
   * @param rounding how to round to half days (e.g. {@code HALF_UP}, {@code UP})
   * @return the audit time
   * @throws IllegalArgumentException if the table has no row for the personnel
   */
  public static AuditTime of(AuditDayTable table, int effectivePersonnel,
      List<BigDecimal> adjustmentsPercent, RoundingMode rounding) {
    if (effectivePersonnel < 1) {
      throw new IllegalArgumentException("Effective personnel must be at least 1, but was "
          + effectivePersonnel);
    }
    AuditDayRow row = table.rowFor(effectivePersonnel).orElseThrow(() ->
        new IllegalArgumentException("The table " + table.name() + " has no row for "
            + effectivePersonnel + " effective personnel"));
    BigDecimal net = adjustmentsPercent.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean capped = net.compareTo(MAXIMUM_REDUCTION_PERCENT.negate()) < 0;
    BigDecimal applied = capped ? MAXIMUM_REDUCTION_PERCENT.negate() : net;
    BigDecimal adjusted = row.initialDays().multiply(HUNDRED.add(applied))
        .divide(HUNDRED);
    BigDecimal initial = halfDays(adjusted, rounding);
    return builder().table(table.name()).row(row).effectivePersonnel(effectivePersonnel)
        .addAllAdjustmentsPercent(adjustmentsPercent).appliedPercent(applied)
        .reductionCapped(capped).initialDays(initial)
        .minimumOnSiteDays(halfDays(initial.multiply(MINIMUM_ON_SITE), RoundingMode.UP))
        .surveillanceDays(halfDays(initial.multiply(TWO).divide(THREE.multiply(TWO),
            4, RoundingMode.HALF_UP), rounding))
        .recertificationDays(halfDays(initial.multiply(TWO).divide(THREE, 4,
            RoundingMode.HALF_UP), rounding))
        .build();
  }

  /**
   * {@code days} to half days: twice the days rounded to a whole number by {@code rounding},
   * halved (5.3 → 5.5, 5.2 → 5.0, 5.25 → 5.5 with {@code HALF_UP}).
   *
   * @param days the days, not null
   * @param rounding the rounding
   * @return the days to half days, scale 1
   */
  public static BigDecimal halfDays(BigDecimal days, RoundingMode rounding) {
    return days.multiply(TWO).setScale(0, rounding).divide(TWO).setScale(1);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditTime}; prefer {@link #of}. */
  public static final class Builder extends ImmutableAuditTime.Builder {}
}
