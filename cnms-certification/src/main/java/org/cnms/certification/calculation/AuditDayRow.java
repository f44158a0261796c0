// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of an audit-day table: a range of effective personnel, the audit days of an initial
 * audit (stage 1 and stage 2), the row's source and whether that source was checked.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditDayRow.class)
public abstract class AuditDayRow implements WithAuditDayRow {

  /** The least effective personnel of the row. */
  public abstract int minPersonnel();

  /** The most effective personnel of the row; empty for an open last row. */
  public abstract Optional<Integer> maxPersonnel();

  /** The audit days of an initial audit, exact. */
  public abstract BigDecimal initialDays();

  /** Whether the row was checked against its source. */
  public abstract boolean verified();

  /** The row's source. */
  public abstract String source();

  /** Whether {@code personnel} falls in the row. */
  public boolean covers(int personnel) {
    return personnel >= minPersonnel() && maxPersonnel().map(m -> personnel <= m).orElse(true);
  }

  /** {@code 86-125: 7 days (unverified)}. */
  @Override
  public String toString() {
    return minPersonnel() + "-" + maxPersonnel().map(String::valueOf).orElse("") + ": "
        + initialDays().toPlainString() + " days (" + (verified() ? "verified" : "unverified")
        + ")";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditDayRow}. */
  public static final class Builder extends ImmutableAuditDayRow.Builder {}
}
