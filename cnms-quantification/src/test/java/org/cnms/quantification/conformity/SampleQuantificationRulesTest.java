// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/**
 * The quantification rules on the sample management system of cnms-core's tests (read from the
 * reactor's source tree, as of 2026-03-31): as published, and with one defect at a time.
 */
class SampleQuantificationRulesTest {

  private static final Path SAMPLE_FILE = Path.of("..", "cnms-core", "src", "test", "resources",
      "org", "cnms", "core", "sample", "sample-system.yaml");
  private static final LocalDate ON = LocalDate.of(2026, 3, 31);
  private static final List<ConformityRule> RULES = new QuantificationRules().rules();

  static ManagementSystem sample() {
    try (InputStream in = Files.newInputStream(SAMPLE_FILE)) {
      return CnmsJson.readYaml(in, SAMPLE_FILE.toString(), ManagementSystem.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Verdict> verdicts(ManagementSystem s) {
    AssessmentReport report = ConformityAssessment.of(RULES).assess(AssessmentContext.of(s, ON));
    Map<String, Verdict> out = new LinkedHashMap<>();
    RULES.forEach(r -> out.put(r.requirementId(), report.verdicts().get(r.requirementId())));
    return out;
  }

  private static Map<String, Verdict> expect(String requirement, Verdict verdict) {
    Map<String, Verdict> out = new LinkedHashMap<>();
    RULES.forEach(r -> out.put(r.requirementId(), Verdict.CONFORMS));
    if (requirement != null) {
      out.put(requirement, verdict);
    }
    return out;
  }

  @Test
  void theSampleConformsToEveryQuantificationRule() {
    assertEquals(expect(null, null), verdicts(sample()));
  }

  private record Mutation(String requirement, Verdict verdict, UnaryOperator<ManagementSystem> f) {}

  @Test
  void eachMutationGivesExactlyItsFinding() {
    Map<String, Mutation> m = new LinkedHashMap<>();
    m.put("no statements on empty categories", new Mutation("6.2.1",
        Verdict.OBSERVATION, s -> s.withCategoryStatements(List.of())));
    m.put("a superseded method in use", new Mutation("6.2.2", Verdict.MINOR_NONCONFORMITY, s -> {
      List<QuantificationMethod> methods = new ArrayList<>(s.methods());
      QuantificationMethod used = s.find(s.sources().get(0).methodId(),
          QuantificationMethod.class).orElseThrow();
      methods.add(used.withId(used.id() + "-NEW").withSupersedes(used.id()));
      return s.withMethods(methods);
    }));
    m.put("a review without projection", new Mutation("6.3", Verdict.MINOR_NONCONFORMITY, s ->
        s.withGhgReviews(s.ghgReviews().stream().map(r -> r.withProjections(List.of()))
            .toList())));
    m.put("an intensity target on a total", new Mutation("6.4", Verdict.MINOR_NONCONFORMITY,
        s -> s.withNeutralityTargets(s.neutralityTargets().stream().map(t ->
            t.withPhasedTargets(t.phasedTargets().stream().map(p ->
                p.kind() == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT
                    ? p.withIndicatorId("PI-TOTAL") : p).toList())).toList())));
    m.put("a baseline off by a tonne", new Mutation("6.5", Verdict.MAJOR_NONCONFORMITY, s ->
        s.withBaselines(s.baselines().stream().map(b -> s.currentBaselines().contains(b)
            ? b.withEmissions(b.emissions().plus(Co2e.tonnes("1"))) : b).toList())));
    m.put("no purchasing outcome monitored", new Mutation("9.1.1", Verdict.MINOR_NONCONFORMITY,
        s -> s.withMonitoringResults(s.monitoringResults().stream()
            .filter(r -> r.subject() != MonitoringSubject.PROCUREMENT_RESULT).toList())));
    m.put("a serious deviation unanalysed", new Mutation("9.1.1", Verdict.MINOR_NONCONFORMITY,
        s -> s.withDeviationAnalyses(List.of())));
    m.put("a deviation beyond the threshold not recorded as serious", new Mutation("9.1.1",
        Verdict.OBSERVATION, s -> s.withMonitoringResults(s.monitoringResults()
            .stream().map(r -> r.subject() == MonitoringSubject.ACTIVITY_DATA ? doubled(r) : r)
            .toList())));
    m.put("two current reports for one year", new Mutation("9.1.2",
        Verdict.MINOR_NONCONFORMITY, s -> {
          List<GhgReport> reports = new ArrayList<>(s.ghgReports());
          reports.add(s.find("RPT-2024", GhgReport.class).orElseThrow().withId("RPT-2024-B")
              .withVerificationStatementId(java.util.Optional.empty()));
          return s.withGhgReports(reports);
        }));
    m.put("meters uncalibrated since 2020", new Mutation("9.1.3", Verdict.MINOR_NONCONFORMITY,
        s -> s.withInstruments(s.instruments().stream().map(i -> i.withCalibrations(
            Calibration.of(LocalDate.of(2020, 1, 10), CalibrationResult.PASS))).toList())));
    m.put("energy meters not fitted per GB 17167", new Mutation("9.1.3",
        Verdict.MINOR_NONCONFORMITY, s -> s.withInstruments(s.instruments().stream()
            .map(i -> i.fittedPerGb17167().isPresent() ? i.withFittedPerGb17167(false) : i)
            .toList())));
    ManagementSystem base = sample();
    List<String> covered = new ArrayList<>();
    m.forEach((name, mutation) -> {
      assertEquals(expect(mutation.requirement(), mutation.verdict()),
          verdicts(mutation.f().apply(base)), name);
      covered.add(mutation.requirement());
    });
    // the readings-while-lapsed observation (beyond T/CAS 612) needs readings inside the period
    // that a lapse inside the period also reports; QuantificationRulesTest covers it alone
    assertEquals(RULES.stream().filter(r -> !r.id().equals(
        "quant.9.1.3.beyond.readings-while-lapsed")).map(ConformityRule::requirementId).distinct()
        .toList(), covered.stream().distinct().toList());
  }

  private static MonitoringResult doubled(MonitoringResult r) {
    return r.withActual(Amount.of(r.expected().value().multiply(BigDecimal.valueOf(2)),
        r.expected().unit()));
  }
}
