// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.internal.ClauseIds;
import java.util.TreeMap;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The report of a conformity assessment of a carbon-neutrality management system against
 * T/CAS 612—2022 (the audit report of clause 9.3, or a certification body's): every finding, per
 * requirement, with a summary by clause. Rendered as JSON (via {@link org.cnms.core.json.CnmsJson}),
 * Markdown or a self-contained HTML page by cnms-report's {@code AssessmentReportRenderer}; each
 * finding as a report prints it by {@link Finding#describe}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAssessmentReport.class)
public abstract class AssessmentReport implements WithAssessmentReport {

  /** The id of the organisation assessed. */
  public abstract String organisationId();

  /** The name of the organisation assessed. */
  public abstract String organisationName();

  /** The date of the assessment. */
  public abstract LocalDate assessedOn();

  /** The standard judged against. */
  @Value.Default
  public String standard() {
    return "T/CAS 612—2022";
  }

  /** Every finding, in requirement order. */
  public abstract List<Finding> findings();

  /** The findings on one requirement. */
  public List<Finding> findingsFor(String requirementId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.requirementId().equals(requirementId)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The worst verdict per requirement, in requirement order. */
  public Map<String, Verdict> verdicts() {
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Finding f : findings()) {
      out.merge(f.requirementId(), f.verdict(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return out;
  }

  /**
   * The worst verdict on a clause and everything inside it: the roll-up of the findings on
   * 8.1.1, 8.1.2 and 8.1.3 to 8.1, or of a whole clause to 8; empty if no finding lies within.
   *
   * @param clause a clause id such as {@code 8.1}, not null
   */
  public Optional<Verdict> verdictWithin(String clause) {
    Verdict worst = null;
    for (Finding f : findings()) {
      if (ClauseIds.covers(clause, f.requirementId())
          && (worst == null || f.verdict().compareTo(worst) > 0)) {
        worst = f.verdict();
      }
    }
    return Optional.ofNullable(worst);
  }

  /** The findings that are nonconformities, minor or major. */
  public List<Finding> nonconformities() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.verdict().isNonconformity()) {
        out.add(f);
      }
    }
    return out;
  }

  /** How many findings have the given verdict. */
  public long count(Verdict verdict) {
    return findings().stream().filter(f -> f.verdict() == verdict).count();
  }

  /**
   * Whether a finding is a major nonconformity: the assessment's negative outcome (a
   * certification cannot be granted or kept while one stands open).
   */
  public boolean hasMajorNonconformity() {
    return count(Verdict.MAJOR_NONCONFORMITY) > 0;
  }

  /** The summary per top-level clause, in clause order. */
  public List<ClauseSummary> summaryByClause() {
    Map<Integer, Map<Verdict, Integer>> counts = new TreeMap<>();
    verdicts().forEach((id, verdict) -> {
      int dot = id.indexOf('.');
      int clause;
      try {
        clause = Integer.parseInt(dot < 0 ? id : id.substring(0, dot));
      } catch (NumberFormatException e) {
        clause = 0;
      }
      counts.computeIfAbsent(clause, c -> new EnumMap<>(Verdict.class))
          .merge(verdict, 1, Integer::sum);
    });
    List<ClauseSummary> out = new ArrayList<>();
    counts.forEach((clause, byVerdict) -> out.add(ClauseSummary.builder().clause(clause)
        .putAllRequirementsByVerdict(byVerdict).build()));
    return out;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentReport}. */
  public static final class Builder extends ImmutableAssessmentReport.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("AssessmentReport", "organisationId", organisationId());
  }
}
