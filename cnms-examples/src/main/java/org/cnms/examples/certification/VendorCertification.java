// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import org.cnms.certification.CertificationCycle;
import org.cnms.certification.CertificationProfile;
import org.cnms.certification.RuleSource;
import org.cnms.certification.TimingRule;
import org.cnms.certification.calculation.AuditDayTable;
import org.cnms.certification.calculation.AuditTime;

/**
 * A vendor's example: a certification body with its own profile (its scheme puts the first
 * surveillance within 10 months of the decision, and it withdraws a certificate after 3 months of
 * suspension) and its own audit-day table for carbon-neutrality management systems
 * ({@code body-x-audit-days.tsv}, bundled beside this class: there is no national table, each body
 * files its own).
 *
 * <pre>
 * java … org.cnms.examples.certification.VendorCertification
 * </pre>
 * Thread-safe (no state).
 */
public final class VendorCertification {

  /** The body's table, bundled beside this class. */
  public static final String TABLE = "body-x-audit-days.tsv";

  private VendorCertification() {}

  /** The body's profile: ISO/IEC 17021-1 with its own first surveillance and suspension. */
  public static CertificationProfile profile() {
    RuleSource scheme = RuleSource.confirmed("Body X certification scheme CNMS-01, clause 5.3");
    return CertificationProfile.iso17021().withName("Body X scheme CNMS-01")
        .withFirstSurveillanceMonths(10).withMaximumSuspensionMonths(3)
        .withSources(withChanged(CertificationProfile.iso17021(), scheme));
  }

  private static java.util.Map<TimingRule, RuleSource> withChanged(CertificationProfile base,
      RuleSource scheme) {
    java.util.Map<TimingRule, RuleSource> m = new java.util.EnumMap<>(base.sources());
    m.put(TimingRule.FIRST_SURVEILLANCE, scheme);
    m.put(TimingRule.MAXIMUM_SUSPENSION, scheme);
    return m;
  }

  /** The body's own audit-day table. */
  public static AuditDayTable table() {
    InputStream in = VendorCertification.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is not bundled with the examples");
    }
    return AuditDayTable.parse(TABLE, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The example's lines: the deadlines of a cycle decided on 2025-06-16, and the audit time of a
   * client of 250 effective personnel with a 10 % reduction.
   *
   * @return the lines
   */
  public static List<String> lines() {
    List<String> lines = new ArrayList<>();
    CertificationCycle c = CertificationCycle.builder().profile(profile()).clientId("client-1")
        .decidedOn(LocalDate.of(2025, 6, 16)).build();
    lines.add("profile " + c.profile().name() + ": first surveillance by "
        + c.surveillanceDeadline(1) + " (" + c.profile().source(TimingRule.FIRST_SURVEILLANCE)
        + "), second by " + c.surveillanceDeadline(2) + ", expiry " + c.expiresOn());
    lines.add("withdrawn when surveillance 1 is missed: " + c.recordOn("X-1", "scope",
        "T/CAS 612-2022", LocalDate.of(2026, 8, 1)).state().labelEn() + " (suspended "
        + c.surveillanceDeadline(1).plusDays(1) + ", withdrawn "
        + c.surveillanceDeadline(1).plusDays(1).plusMonths(3) + ")");
    AuditDayTable t = table();
    AuditTime time = AuditTime.of(t, 250, List.of(new BigDecimal("-10")));
    lines.add("table " + t.name() + " (" + t.provenance().get(0) + "): 250 personnel -> "
        + time.row().initialDays() + " d, -10 % -> " + time.initialDays() + " d initial, "
        + time.minimumOnSiteDays() + " d on site at least, " + time.surveillanceDays()
        + " d per surveillance, " + time.recertificationDays() + " d recertification");
    return lines;
  }

  /**
   * Prints the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    lines().forEach(System.out::println);
  }
}
