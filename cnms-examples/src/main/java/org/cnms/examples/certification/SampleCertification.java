// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnms.certification.CertificateRecord;
import org.cnms.certification.CertificationCycle;
import org.cnms.certification.CertificationFinding;
import org.cnms.certification.CertificationProfile;
import org.cnms.certification.Obligation;
import org.cnms.certification.audit.AuditAssignment;
import org.cnms.certification.audit.AuditNonconformity;
import org.cnms.certification.audit.CertificationDecision;
import org.cnms.certification.audit.DecisionOutcome;
import org.cnms.certification.audit.Grade;
import org.cnms.certification.audit.ImpartialityChecks;
import org.cnms.certification.audit.NonconformityPolicy;
import org.cnms.certification.audit.NonconformityRegister;
import org.cnms.certification.audit.Person;
import org.cnms.certification.audit.Relationship;
import org.cnms.certification.audit.RelationshipKind;
import org.cnms.certification.calculation.AuditDayTable;
import org.cnms.certification.calculation.AuditTime;
import org.cnms.certification.calculation.AuditType;
import org.cnms.certification.calculation.SamplingPlan;
import org.cnms.certification.calculation.SamplingRules;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.examples.workspace.Workspace;

/**
 * The certification body's side of one client's certification, worked through for the sample
 * organisation (or any workspace): stage 1, stage 2 with the conformity judge's findings as the
 * audit's nonconformities, their closure on evidence, the impartiality and competence checks of
 * the team, the decision and its check, the certificate, two surveillance audits and the
 * recertification — as a timeline; and a worked multi-site example (40 sites) with IAF MD 1 and
 * IAF MD 5.
 *
 * <p>The dates are the example's: stage 2 ends on the workspace's assessment date, every other
 * date follows from it and from the profile's deadlines. Thread-safe (no state).
 */
public final class SampleCertification {

  /** The certified standard. */
  public static final String STANDARD = "T/CAS 612-2022";

  private SampleCertification() {}

  /** One line of the timeline: a day and what happened. */
  public record Entry(LocalDate date, String what) {}

  /**
   * What the worked cycle produced.
   *
   * @param entries the timeline, in date order
   * @param report the judge's report of stage 2
   * @param register the stage 2 nonconformities after closure
   * @param decisionFindings the check of the certification decision
   * @param teamFindings the impartiality and competence checks
   * @param cycle the certification cycle
   * @param record the certificate's record at the end of the timeline
   * @param pendingOn the day asked about: the one given, or 18 months after the decision
   * @param pending what is due or overdue on that day
   */
  public record Outcome(List<Entry> entries, AssessmentReport report,
      NonconformityRegister register, List<CertificationFinding> decisionFindings,
      List<CertificationFinding> teamFindings, CertificationCycle cycle, CertificateRecord record,
      LocalDate pendingOn, List<Obligation> pending) {
    /** Copies the lists. */
    public Outcome {
      entries = List.copyOf(entries);
      decisionFindings = List.copyOf(decisionFindings);
      teamFindings = List.copyOf(teamFindings);
      pending = List.copyOf(pending);
    }
  }

  /**
   * Works a full cycle of the client through.
   *
   * @param client the client's workspace, not null
   * @param profile the timing rules, not null
   * @param asked the day to list what is due or overdue on; null for 18 months after the
   *     decision
   * @param locale the language of the messages
   * @return the outcome
   */
  public static Outcome cycle(Workspace client, CertificationProfile profile,
      LocalDate asked, Locale locale) {
    List<Entry> t = new ArrayList<>();
    LocalDate stage2End = client.assessmentDate();
    LocalDate stage2Start = stage2End.minusDays(2);
    LocalDate stage1 = stage2End.minusDays(45);
    t.add(new Entry(stage2End.minusDays(75), "application by " + client.organisation()
        + " for " + STANDARD + " certification"));
    t.add(new Entry(stage1, "stage 1 audit: documents and readiness reviewed"));
    AssessmentReport report = ConformityAssessment.discover().assess(client.assessmentContext());
    NonconformityRegister register = NonconformityRegister.fromFindings("stage-2", stage2End,
        NonconformityPolicy.example(), report);
    t.add(new Entry(stage2Start, "stage 2 audit begins (" + stage2Start + " to " + stage2End
        + ")"));
    t.add(new Entry(stage2End, "stage 2 audit ends: the judge made " + report.findings().size()
        + " findings, " + register.nonconformities().size() + " of them nonconformities"));
    java.util.Map<org.cnms.core.conformity.Verdict, Long> byVerdict = new java.util.TreeMap<>();
    report.findings().forEach(f -> byVerdict.merge(f.verdict(), 1L, Long::sum));
    t.add(new Entry(stage2End, "  the judge's findings by verdict: " + byVerdict));
    // the auditors add what the judge could not see: evidence asked for and not produced
    int n = register.nonconformities().size();
    List<org.cnms.core.conformity.Finding> unseen = report.findings().stream()
        .filter(f -> f.verdict() == org.cnms.core.conformity.Verdict.NEEDS_AUDITOR_EVIDENCE)
        .limit(3).toList();
    String withdrawn = null;
    for (int i = 0; i < unseen.size(); i++) {
      org.cnms.core.conformity.Finding f = unseen.get(i);
      String id = String.format(Locale.ROOT, "NC-%03d", ++n);
      register = register.add(AuditNonconformity.builder().id(id)
          .requirementId(f.requirementId()).grade(i == 0 ? Grade.MAJOR : Grade.MINOR)
          .origin(org.cnms.certification.audit.NonconformityOrigin.AUDITOR)
          .description("Evidence the judge asks an auditor for was "
              + (i == 0 ? "not produced" : "incomplete") + " on site (" + f.requirementId()
              + ")").raisedOn(stage2End).build(),
          "records requested during stage 2 were " + (i == 0 ? "not produced" : "incomplete"));
      if (i == 2) {
        withdrawn = id;
      }
    }
    t.add(new Entry(stage2End, "  the audit's nonconformities: " + count(register, Grade.MAJOR)
        + " major, " + count(register, Grade.MINOR) + " minor"));
    for (AuditNonconformity nc : register.nonconformities()) {
      t.add(new Entry(stage2End, "  " + nc.id() + " " + nc.grade().label(locale) + " "
          + nc.requirementId() + " (" + nc.origin().label(locale) + "): " + nc.description()
          + " (deadline "
          + register.deadline(nc) + ")"));
    }
    if (withdrawn != null) {
      register = register.withdraw(withdrawn, stage2End.plusDays(1),
          "the missing records were produced the day after stage 2");
      t.add(new Entry(stage2End.plusDays(1), withdrawn + " withdrawn: the missing records were"
          + " produced the day after stage 2"));
    }
    // the team and the decision-maker, checked before the decision
    AuditAssignment team = AuditAssignment.builder().clientId(client.organisation())
        .auditOn(stage2Start)
        .addTeam(Person.of("auditor-wang", "Wang Li", "tcas612", "ghg-quantification"))
        .addTeam(Person.of("expert-chen", "Chen Jie", "energy-management"))
        .decisionMaker(Person.of("decider-zhao", "Zhao Min", "tcas612"))
        .addRequiredCompetences("tcas612", "ghg-quantification", "energy-management").build();
    List<CertificationFinding> teamFindings = ImpartialityChecks.standard().check(team,
        List.of(Relationship.builder().personId("expert-chen").clientId(client.organisation())
            .kind(RelationshipKind.CONSULTED).endedOn(stage2Start.minusYears(3)).build()));
    for (CertificationFinding f : teamFindings) {
      t.add(new Entry(stage2End, "  team check " + f.verdict() + ": " + f.message(locale)));
    }
    // a decision the day after stage 2 would have been a finding while a major is open
    LocalDate early = stage2End.plusDays(1);
    CertificationDecision tooEarly = CertificationDecision.builder().decidedOn(early)
        .outcome(DecisionOutcome.CERTIFY).decisionMakerId("decider-zhao").build();
    for (CertificationFinding f : tooEarly.check(register)) {
      if (f.isNonconformity()) {
        t.add(new Entry(early, "  (a decision to certify on this day would be a finding: "
            + f.message(locale) + ")"));
      }
    }
    LocalDate majorsClosed = stage2End.plusDays(30);
    LocalDate minorsClosed = stage2End.plusDays(60);
    for (AuditNonconformity nc : register.openOn(stage2End.plusDays(1))) {
      LocalDate day = nc.grade() == Grade.MAJOR ? majorsClosed : minorsClosed;
      register = register.close(nc.id(), day, "correction and corrective action verified ("
          + (nc.grade() == Grade.MAJOR ? "on site" : "on documents") + ")");
      t.add(new Entry(day, nc.id() + " closed: " + register.get(nc.id()).closureEvidence()
          .orElseThrow()));
    }
    LocalDate decided = minorsClosed.plusDays(5);
    CertificationDecision decision = tooEarly.withDecidedOn(decided);
    List<CertificationFinding> decisionFindings = decision.check(register);
    t.add(new Entry(decided, "certification decision: " + decision.outcome().label(locale)
        + " — " + decisionFindings.get(0).message(locale)));
    LocalDate issued = profile.anchor() == org.cnms.certification.CycleAnchor.ISSUE_DATE
        ? decided.plusDays(7) : decided;
    CertificationCycle cycle = CertificationCycle.builder().profile(profile)
        .clientId(client.organisation()).appliedOn(stage2End.minusDays(75)).stage1On(stage1)
        .stage2EndedOn(stage2End).decidedOn(decided).issuedOn(issued).build();
    t.add(new Entry(issued, "certificate issued, valid until " + cycle.expiresOn()
        + "; first surveillance due by " + cycle.surveillanceDeadline(1)));
    LocalDate s1 = cycle.surveillanceDeadline(1).minusMonths(1);
    cycle = cycle.withSurveillanceDates(List.of(s1));
    LocalDate s2 = cycle.surveillanceDeadline(2).minusMonths(1);
    cycle = cycle.withSurveillanceDates(List.of(s1, s2));
    t.add(new Entry(s1, "surveillance audit 1 (deadline " + cycle.surveillanceDeadline(1) + ")"));
    t.add(new Entry(s2, "surveillance audit 2 (deadline " + cycle.surveillanceDeadline(2) + ")"));
    LocalDate recert = cycle.recertificationDeadline().minusMonths(2);
    cycle = cycle.withRecertifiedOn(recert);
    t.add(new Entry(recert, "recertification decision (deadline "
        + cycle.recertificationDeadline() + "); a new cycle begins"));
    CertificateRecord record = cycle.recordOn("CNMS-" + decided.getYear() + "-0001",
        "Carbon-neutrality management system of " + client.organisation(), STANDARD, recert);
    LocalDate pendingOn = asked != null ? asked : decided.plusMonths(18);
    List<Obligation> pending = cycle.pendingOn(pendingOn);
    t.sort(java.util.Comparator.comparing(Entry::date));
    return new Outcome(t, report, register, decisionFindings, teamFindings, cycle, record,
        pendingOn, pending);
  }

  private static long count(NonconformityRegister r, Grade g) {
    return r.nonconformities().stream().filter(nc -> nc.grade() == g).count();
  }

  /**
   * The worked multi-site example: an organisation of 40 sites of 20 effective personnel each
   * and a central function of 120, audited with the IAF MD 1 figures and the IAF MD 5 quality
   * table shipped in cnms-certification (both unverified).
   *
   * @return the lines of the example
   */
  public static List<String> multiSite() {
    SamplingRules md1 = SamplingRules.iafMd1();
    AuditDayTable md5 = AuditDayTable.iafMd5QualityTable();
    int sites = 40;
    List<String> lines = new ArrayList<>();
    lines.add("40 sites of 20 effective personnel each, central function of 120 (sqrt(40) = "
        + "6.3246)");
    AuditTime central = AuditTime.of(md5, 120, List.of());
    AuditTime site = AuditTime.of(md5, 20, List.of());
    for (AuditType type : AuditType.values()) {
      SamplingPlan p = SamplingPlan.of(md1, type, sites);
      BigDecimal centralDays = switch (type) {
        case INITIAL -> central.initialDays();
        case SURVEILLANCE -> central.surveillanceDays();
        case RECERTIFICATION -> central.recertificationDays();
      };
      BigDecimal siteDays = switch (type) {
        case INITIAL -> site.initialDays();
        case SURVEILLANCE -> site.surveillanceDays();
        case RECERTIFICATION -> site.recertificationDays();
      };
      BigDecimal perSite = p.minimumSiteDays(siteDays);
      BigDecimal total = centralDays.add(perSite.multiply(BigDecimal.valueOf(p.sampleSize())));
      lines.add(String.format(Locale.ROOT, "%-16s MD 1: %d sites + the central function, %d of"
          + " them at random; MD 5: central %s d + %d x at least %s d (%s d at half time) = at"
          + " least %s d", type.labelEn(), p.sampleSize(), p.randomSites(), centralDays,
          p.sampleSize(), perSite, siteDays, total));
    }
    lines.add("where sampling does not apply: at least "
        + SamplingPlan.unsampledSitesPerSurveillanceYear(md1, sites)
        + " sites per surveillance year (0.3 x 40)");
    lines.add("tables: " + md5.name() + " and " + md1.name() + ", every row unverified (see"
        + " their provenance); a body supplies its own table for T/CAS 612");
    return lines;
  }
}
