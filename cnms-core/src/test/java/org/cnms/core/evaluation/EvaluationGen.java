// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.cnms.core.testing.CoreGen.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.Approval;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the records of clause 9. */
public final class EvaluationGen {

  private EvaluationGen() {}

  /** Lists of 0–3 distinct ids with the given prefix. */
  static Gen<List<String>> idList(String prefix, int min) {
    return numbered(prefix, min, 3, (id, r) -> id);
  }

  /** Clause numbers of T/CAS 612. */
  public static Gen<String> clauses() {
    return Generate.pick(List.of("4", "4.1", "4.2", "5.3", "6.2.1", "6.6.3", "7.5.3", "8.4",
        "9.1.3", "9.3.2", "10.2"));
  }

  /** Distinct clause numbers. */
  static Gen<List<String>> clauseLists() {
    return lists(clauses(), 0, 4).map(l -> l.stream().distinct().toList());
  }

  /** Pairs of amounts of the same kind of quantity, in the same or different units. */
  static Gen<Amount[]> sameKindAmounts() {
    return in -> {
      MeasureUnit unit = units().generate(in);
      List<MeasureUnit> sameKind = UnitRegistry.standard().units().stream()
          .filter(u -> u.kind() == unit.kind()).toList();
      MeasureUnit other = Generate.pick(sameKind).generate(in);
      return new Amount[] {Amount.of(signedDecimals().generate(in), unit),
          Amount.of(signedDecimals().generate(in), other)};
    };
  }

  public static Gen<MonitoringResult> monitoringResults() {
    return in -> {
      ReportingPeriod period = periods().generate(in);
      Amount[] pair = sameKindAmounts().generate(in);
      return MonitoringResult.builder()
          .id(ids().generate(in))
          .subject(enums(MonitoringSubject.class).generate(in))
          .indicatorId(optionals(ids()).generate(in))
          .sourceId(optionals(ids()).generate(in))
          .period(period)
          .expected(pair[0])
          .actual(pair[1])
          .measuredOn(period.start().plusDays(Generate.range(0, 900).generate(in)))
          .build();
    };
  }

  public static Gen<DeviationAnalysis> deviationAnalyses() {
    return in -> DeviationAnalysis.builder()
        .id(ids().generate(in))
        .monitoringResultId(ids().generate(in))
        .cause(enums(DeviationCause.class).generate(in))
        .description(texts().generate(in))
        .addAllActions(lists(texts(), 0, 3).generate(in))
        .analysedOn(dates().generate(in))
        .build();
  }

  public static Gen<GhgReport> ghgReports() {
    return in -> {
      ReportingPeriod period = periods().generate(in);
      return GhgReport.builder()
          .id(ids().generate(in))
          .period(period)
          .inventoryId(ids().generate(in))
          .issuedOn(period.start().plusDays(Generate.range(0, 900).generate(in)))
          .preparedBy(texts().generate(in))
          .verificationStatementId(optionals(ids()).generate(in))
          .publishedTo(optionals(texts()).generate(in))
          .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
          .build();
    };
  }

  public static Gen<VerificationStatement> verificationStatements() {
    return in -> VerificationStatement.builder()
        .id(ids().generate(in))
        .reportId(ids().generate(in))
        .verifier(texts().generate(in))
        .standard(Generate.pick(List.of("ISO 14064-3:2019", "GB/T 32150-2015")).generate(in))
        .levelOfAssurance(enums(LevelOfAssurance.class).generate(in))
        .opinion(enums(VerificationOpinion.class).generate(in))
        .materialityPercent(percentages().generate(in))
        .verifiedEmissions(co2e().generate(in))
        .issuedOn(dates().generate(in))
        .build();
  }

  public static Gen<Calibration> calibrations() {
    return in -> Calibration.builder()
        .calibratedOn(dates().generate(in))
        .result(enums(CalibrationResult.class).generate(in))
        .certificate(optionals(ids()).generate(in))
        .calibratedBy(optionals(texts()).generate(in))
        .build();
  }

  public static Gen<MeasuringInstrument> measuringInstruments() {
    return in -> {
      int n = Generate.range(0, 4).generate(in);
      List<Calibration> history = new ArrayList<>();
      LocalDate date = dates().generate(in);
      for (int i = 0; i < n; i++) {
        history.add(calibrations().generate(in).withCalibratedOn(date));
        date = date.plusDays(Generate.range(1, 800).generate(in));
      }
      return MeasuringInstrument.builder()
          .id(ids().generate(in))
          .kind(enums(InstrumentKind.class).generate(in))
          .facilityId(ids().generate(in))
          .addAllSourceIds(idList("src", 0).generate(in))
          .accuracyClass(Generate.pick(List.of("0.2S", "0.5S", "1.0", "2级")).generate(in))
          .gb17167Required(optionals(booleans()).generate(in))
          .calibrationIntervalMonths(Generate.range(1, 60).generate(in))
          .addAllCalibrations(history)
          .build();
    };
  }

  public static Gen<ComplianceEvaluation> complianceEvaluations() {
    return in -> ComplianceEvaluation.builder()
        .id(ids().generate(in))
        .obligationId(ids().generate(in))
        .evaluatedOn(dates().generate(in))
        .result(enums(ComplianceResult.class).generate(in))
        .evidence(texts().generate(in))
        .addAllActions(lists(texts(), 0, 2).generate(in))
        .build();
  }

  public static Gen<AuditProgramme> auditProgrammes() {
    return in -> AuditProgramme.builder()
        .id(ids().generate(in))
        .cycle(periods().generate(in))
        .frequencyMonths(Generate.range(1, 36).generate(in))
        .methods(texts().generate(in))
        .responsibilities(texts().generate(in))
        .addAllPlannedClauses(clauseLists().generate(in))
        .addAllKeyProcesses(lists(texts(), 0, 3).generate(in))
        .approval(optionals(ids().zip(dates(), Approval::of)).generate(in))
        .build();
  }

  /** Areas that are a clause, a process, or a process under a clause. */
  public static Gen<AuditedArea> auditedAreas() {
    return in -> {
      int shape = Generate.range(0, 2).generate(in);
      AuditedArea.Builder b = AuditedArea.builder()
          .addAllResponsiblePersonIds(idList("p", 1).generate(in));
      if (shape != 1) {
        b.clause(clauses().generate(in));
      }
      if (shape != 0) {
        b.process(texts().generate(in));
      }
      return b.build();
    };
  }

  public static Gen<AuditFinding> auditFindings() {
    return in -> {
      FindingKind kind = enums(FindingKind.class).generate(in);
      return AuditFinding.builder()
          .id(ids().generate(in))
          .clause(clauses().generate(in))
          .kind(kind)
          .description(texts().generate(in))
          .nonconformityId(kind.isNonconformity() ? optionals(ids()).generate(in)
              : java.util.Optional.empty())
          .build();
    };
  }

  public static Gen<Audit> audits() {
    return in -> {
      LocalDate conductedOn = dates().generate(in);
      return Audit.builder()
          .id(ids().generate(in))
          .programmeId(ids().generate(in))
          .conductedOn(conductedOn)
          .criteria(texts().generate(in))
          .addAllScopeClauses(clauseLists().generate(in))
          .addAllAuditorPersonIds(idList("aud", 1).generate(in))
          .addAllAuditedAreas(lists(auditedAreas(), 0, 3).generate(in))
          .addAllFindings(numbered("F", 0, 3, (id, r) -> auditFindings().generate(r).withId(id))
              .generate(in))
          .reportedToManagementOn(optionals(Generate.range(0, 90)).generate(in)
              .map(conductedOn::plusDays))
          .build();
    };
  }

  public static Gen<ManagementReview> managementReviews() {
    return in -> {
      ManagementReview.Builder b = ManagementReview.builder()
          .id(ids().generate(in))
          .heldOn(dates().generate(in))
          .addAllParticipantPersonIds(idList("p", 1).generate(in))
          .addAllDecidedActionIds(idList("IA", 0).generate(in))
          .previousReviewId(optionals(ids().map(s -> "prev-" + s)).generate(in));
      for (ReviewInput input : ReviewInput.values()) {
        if (Generate.range(0, 4).generate(in) > 0) {
          b.putInput(input, texts().generate(in));
        }
      }
      for (ReviewOutput output : ReviewOutput.values()) {
        if (Generate.range(0, 4).generate(in) > 0) {
          b.putOutput(output, texts().generate(in));
        }
      }
      List<String> missed = idList("T", 0).generate(in);
      b.addAllMissedTargetIds(missed);
      for (String target : missed) {
        if (booleans().generate(in)) {
          b.putActionsForMissedTarget(target, idList("A", 1).generate(in));
        }
      }
      return b.build();
    };
  }
}
