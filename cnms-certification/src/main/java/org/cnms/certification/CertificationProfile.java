// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The timing rules of a certification cycle (认证周期), as a profile rather than constants: the
 * ISO/IEC 17021-1 profile by default ({@link #iso17021()}), the Chinese regulator's rules
 * ({@link #chinaRegulator()}), or a body's own (start from either with the {@code withX}
 * methods, and give the changed rule its own {@link RuleSource}).
 *
 * <p>Every {@link TimingRule} has a source, marked confirmed or unconfirmed: the two profiles
 * shipped here are taken from this project's summary, not from the standards'
 * texts (which were not read), and are all marked unconfirmed.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificationProfile.class)
public abstract class CertificationProfile implements WithCertificationProfile {

  private static final String ISSUE_NOTE =
      "as this project summarises it; the standard's text was not read";

  /** The profile's name, e.g. {@code ISO/IEC 17021-1:2015}. */
  public abstract String name();

  /** The date the cycle counts from. */
  public abstract CycleAnchor anchor();

  /** The years a certificate is valid from the anchor: 3. */
  public abstract int validityYears();

  /** The months from the anchor within which the first surveillance is due: 12. */
  public abstract int firstSurveillanceMonths();

  /** How later surveillance audits are spaced. */
  public abstract SurveillanceSpacing spacing();

  /**
   * The most months between two surveillance audits, for {@link
   * SurveillanceSpacing#MONTHS_SINCE_PREVIOUS}: 12.
   */
  @Value.Default
  public int monthsBetweenSurveillances() {
    return 12;
  }

  /** The months after expiry within which a certificate can be restored: 6. */
  public abstract int restorationMonths();

  /** Whether an overdue surveillance suspends the certificate the day after its deadline. */
  public abstract boolean suspendWhenSurveillanceOverdue();

  /**
   * The months a suspension may last before the certificate is withdrawn; empty when the body
   * decides case by case.
   */
  public abstract Optional<Integer> maximumSuspensionMonths();

  /** The source of each timing rule; every rule has one. */
  public abstract Map<TimingRule, RuleSource> sources();

  /** The source of {@code rule}. */
  public RuleSource source(TimingRule rule) {
    return sources().get(rule);
  }

  /** The number of surveillance audits in a cycle: one per year of validity but the last. */
  public int surveillanceAudits() {
    return validityYears() - 1;
  }

  /**
   * The ISO/IEC 17021-1:2015 profile (= GB/T 27021.1-2017 = CNAS-CC01): counted from the
   * certification decision, valid three years, the first surveillance within 12 months of the
   * decision, then at least once per calendar year, restoration within 6 months of expiry, an
   * overdue surveillance suspends, no fixed maximum suspension. All rules unconfirmed.
   */
  public static CertificationProfile iso17021() {
    String std = "ISO/IEC 17021-1:2015 (GB/T 27021.1-2017, CNAS-CC01)";
    return builder().name("ISO/IEC 17021-1:2015").anchor(CycleAnchor.DECISION_DATE)
        .validityYears(3).firstSurveillanceMonths(12).spacing(SurveillanceSpacing.CALENDAR_YEAR)
        .restorationMonths(6).suspendWhenSurveillanceOverdue(true)
        .putSource(TimingRule.ANCHOR, RuleSource.unconfirmed(std, ISSUE_NOTE))
        .putSource(TimingRule.VALIDITY, RuleSource.unconfirmed(std, ISSUE_NOTE))
        .putSource(TimingRule.FIRST_SURVEILLANCE, RuleSource.unconfirmed(std, ISSUE_NOTE))
        .putSource(TimingRule.SURVEILLANCE_SPACING, RuleSource.unconfirmed(std, ISSUE_NOTE))
        .putSource(TimingRule.RESTORATION, RuleSource.unconfirmed(std, ISSUE_NOTE))
        .putSource(TimingRule.SUSPENSION_WHEN_OVERDUE, RuleSource.unconfirmed(std,
            "this project's summary lists suspension among the cycle's events; that an overdue surveillance"
                + " suspends is this project's reading, not confirmed"))
        .putSource(TimingRule.MAXIMUM_SUSPENSION, RuleSource.unconfirmed(std,
            "no fixed maximum: the body decides; not confirmed"))
        .build();
  }

  /**
   * The Chinese regulator's rules as this project summarises them: counted from the certificate's
   * issue date, at most 12 months between surveillance audits, an overdue surveillance suspends
   * (暂停) and a suspension not lifted within 6 months ends in withdrawal (撤销). The 6 months are
   * this project's placeholder, not a figure read from a regulation: set the regulator's figure
   * with {@code withMaximumSuspensionMonths}. All rules unconfirmed.
   */
  public static CertificationProfile chinaRegulator() {
    String reg = "CNCA rules on certification certificates (认证证书和认证标志管理办法)";
    return iso17021().withName("CNCA (China)").withAnchor(CycleAnchor.ISSUE_DATE)
        .withSpacing(SurveillanceSpacing.MONTHS_SINCE_PREVIOUS).withMonthsBetweenSurveillances(12)
        .withMaximumSuspensionMonths(6)
        .withSources(Map.of(
            TimingRule.ANCHOR, RuleSource.unconfirmed(reg, ISSUE_NOTE),
            TimingRule.VALIDITY, RuleSource.unconfirmed(reg, ISSUE_NOTE),
            TimingRule.FIRST_SURVEILLANCE, RuleSource.unconfirmed(reg, ISSUE_NOTE),
            TimingRule.SURVEILLANCE_SPACING, RuleSource.unconfirmed(reg, ISSUE_NOTE),
            TimingRule.RESTORATION, RuleSource.unconfirmed("ISO/IEC 17021-1:2015",
                ISSUE_NOTE + "; kept from the 17021-1 profile"),
            TimingRule.SUSPENSION_WHEN_OVERDUE, RuleSource.unconfirmed(reg, ISSUE_NOTE),
            TimingRule.MAXIMUM_SUSPENSION, RuleSource.unconfirmed(reg,
                "6 months is a placeholder of this project, not read from the regulation")));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificationProfile}; every attribute but the defaults is required. */
  public static final class Builder extends ImmutableCertificationProfile.Builder {}

  @Value.Check
  protected void check() {
    if (validityYears() < 1) {
      throw new IllegalArgumentException("CertificationProfile " + name()
          + ": validityYears must be at least 1, but was " + validityYears());
    }
    if (firstSurveillanceMonths() < 1 || monthsBetweenSurveillances() < 1
        || restorationMonths() < 0) {
      throw new IllegalArgumentException("CertificationProfile " + name()
          + ": months must be positive, but firstSurveillanceMonths was "
          + firstSurveillanceMonths() + ", monthsBetweenSurveillances "
          + monthsBetweenSurveillances() + " and restorationMonths " + restorationMonths());
    }
    if (maximumSuspensionMonths().isPresent() && maximumSuspensionMonths().get() < 1) {
      throw new IllegalArgumentException("CertificationProfile " + name()
          + ": maximumSuspensionMonths must be at least 1, but was "
          + maximumSuspensionMonths().get());
    }
    Set<TimingRule> missing = EnumSet.allOf(TimingRule.class);
    missing.removeAll(sources().keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("CertificationProfile " + name()
          + ": every timing rule needs a source, but " + missing + " have none");
    }
  }
}
