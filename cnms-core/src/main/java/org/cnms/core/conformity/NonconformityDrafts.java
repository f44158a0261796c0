// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.improvement.Severity;
import org.cnms.core.internal.Checks;

/**
 * Drafts of {@link Nonconformity} records (不符合, T/CAS 612 clause 10.2) from the nonconformity
 * findings of a conformity assessment: one record per finding, status {@link
 * NonconformityStatus#REPORTED}, origin {@link NonconformityOrigin#CONFORMITY_ASSESSMENT}, severity
 * from the verdict, the requirement judged, and a description in Chinese and English that quotes
 * the finding and the records it rests on. The organisation then contains, analyses and corrects
 * each through the record's lifecycle.
 */
public final class NonconformityDrafts {

  private NonconformityDrafts() {}

  /**
   * The drafts for the nonconformity findings of {@code report}, in the report's order, with ids
   * {@code idPrefix-1}, {@code idPrefix-2} and so on.
   *
   * @param report the assessment report, not null
   * @param idPrefix the prefix of the new ids, e.g. {@code NC-CA-2026}, not blank
   * @param reportedOn the date the nonconformities are reported, not null
   * @return the drafts; empty if the report has no nonconformity
   * @throws IllegalArgumentException if {@code idPrefix} is blank
   */
  public static List<Nonconformity> from(AssessmentReport report, String idPrefix,
      LocalDate reportedOn) {
    Objects.requireNonNull(report, "report");
    Checks.requireNonBlank("NonconformityDrafts", "idPrefix", idPrefix);
    Objects.requireNonNull(reportedOn, "reportedOn");
    List<Nonconformity> out = new ArrayList<>();
    int n = 0;
    for (Finding f : report.nonconformities()) {
      n++;
      Severity severity = f.verdict() == Verdict.MAJOR_NONCONFORMITY ? Severity.MAJOR
          : Severity.MINOR;
      String records = f.recordIds().isEmpty() ? ""
          : " [" + String.join(", ", f.recordIds()) + "]";
      String description = f.messageZh() + " / " + f.messageEn() + records + " (" + f.ruleId()
          + ", " + report.assessedOn() + ")";
      out.add(Nonconformity.builder().id(idPrefix + "-" + n).description(description)
          .origin(NonconformityOrigin.CONFORMITY_ASSESSMENT).requirementId(f.requirementId())
          .severity(severity).reportedOn(reportedOn)
          .build());
    }
    return List.copyOf(out);
  }
}
