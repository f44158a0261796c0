// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.ghg.Co2e;
import org.immutables.value.Value;

/**
 * The compliance of one covered entity for one year of an emissions trading scheme (履约结果,
 * T/CAS 612 clause 6.7 a): the obligation in whole units, the allowances and credits surrendered,
 * the credits counted under the cap, and the result — compliant, or the shortfall in tCO₂e.
 *
 * <p>All counts are whole units of 1 tCO₂e. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableComplianceResult.class)
public abstract class ComplianceResult implements WithComplianceResult {

  /** The scheme. */
  public abstract String schemeId();

  /** The compliance year. */
  public abstract int complianceYear();

  /** The verified emissions of the compliance year, exact. */
  public abstract Co2e verifiedEmissions();

  /** The obligation: verified emissions rounded to whole units by the scheme's rounding. */
  public abstract long obligation();

  /** Eligible allowances surrendered. */
  public abstract long allowancesSurrendered();

  /** Eligible credits surrendered. */
  public abstract long creditsSurrendered();

  /** The most credits that count: the cap share of the obligation, rounded down. */
  public abstract long creditCap();

  /** Credits counted: the smaller of credits surrendered and the cap. */
  public abstract long creditsCounted();

  /** Units surrendered for the year that do not count: other types or future vintages. */
  public abstract long ineligibleUnits();

  /** Units counted towards the obligation: allowances plus credits counted. */
  public long unitsCounted() {
    return allowancesSurrendered() + creditsCounted();
  }

  /** The part of the obligation not covered, in tCO₂e; zero if compliant. */
  public abstract Co2e shortfall();

  /** Whether the obligation is covered in full. */
  public abstract boolean compliant();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplianceResult}; every attribute is required. */
  public static final class Builder extends ImmutableComplianceResult.Builder {}
}
