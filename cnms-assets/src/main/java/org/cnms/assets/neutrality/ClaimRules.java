// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

/**
 * A rule set a carbon-neutrality claim is checked under (T/CAS 612 clause 6.7): pluggable, so one
 * claim can be checked under each scheme an organisation reports to, and a vendor can add its
 * own.
 *
 * <ul>
 *   <li>{@link #tcas612()} and {@link #db11t1861()}: units from outside the boundary (credits,
 *       allowances, or carbon sinks of <em>new</em> forestry projects), own reductions first,
 *       balance at or below zero;</li>
 *   <li>{@link #iso14068()} and {@link #pas2060()}: in addition, units retired no later than a
 *       set time after the period (12 months by default), only ex-post units, and after a first
 *       offset-only period, reductions against the previous period.</li>
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ClaimRules {

  /** The name of the rule set, e.g. {@code T/CAS 612-2022}. */
  String name();

  /**
   * Checks a claim, one finding per rule.
   *
   * @param claim the claim, not null
   * @return the assessment
   */
  ClaimAssessment assess(NeutralityClaim claim);

  /** The claim rules of T/CAS 612—2022 (clause 3.1 and 6.7). */
  static ClaimRules tcas612() {
    return new BoundaryClaimRules("T/CAS 612-2022");
  }

  /** The claim rules of DB11/T 1861—2021 (Beijing), which match T/CAS 612's. */
  static ClaimRules db11t1861() {
    return new BoundaryClaimRules("DB11/T 1861-2021");
  }

  /** ISO 14068-1:2023-style rules, units retired within 12 months after the period. */
  static ClaimRules iso14068() {
    return iso14068(12);
  }

  /**
   * ISO 14068-1:2023-style rules with units retired within {@code months} after the period.
   *
   * @throws IllegalArgumentException if {@code months} is negative
   */
  static ClaimRules iso14068(int months) {
    return new TimelyOffsetClaimRules("ISO 14068-1:2023", months);
  }

  /** PAS 2060-style rules (withdrawn 2025-11-30), units retired within 12 months. */
  static ClaimRules pas2060() {
    return new TimelyOffsetClaimRules("PAS 2060", 12);
  }
}
