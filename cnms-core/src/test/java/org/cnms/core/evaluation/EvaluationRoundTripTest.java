// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class EvaluationRoundTripTest {

  @Test
  void monitoringResultsRoundTrip() {
    qt().forAll(EvaluationGen.monitoringResults())
        .checkAssert(x -> assertRoundTrips(x, MonitoringResult.class));
  }

  @Test
  void deviationAnalysesRoundTrip() {
    qt().forAll(EvaluationGen.deviationAnalyses())
        .checkAssert(x -> assertRoundTrips(x, DeviationAnalysis.class));
  }

  @Test
  void ghgReportsRoundTrip() {
    qt().forAll(EvaluationGen.ghgReports()).checkAssert(x -> assertRoundTrips(x, GhgReport.class));
  }

  @Test
  void verificationStatementsRoundTrip() {
    qt().forAll(EvaluationGen.verificationStatements())
        .checkAssert(x -> assertRoundTrips(x, VerificationStatement.class));
  }

  @Test
  void calibrationsRoundTrip() {
    qt().forAll(EvaluationGen.calibrations())
        .checkAssert(x -> assertRoundTrips(x, Calibration.class));
  }

  @Test
  void measuringInstrumentsRoundTrip() {
    qt().forAll(EvaluationGen.measuringInstruments())
        .checkAssert(x -> assertRoundTrips(x, MeasuringInstrument.class));
  }

  @Test
  void complianceEvaluationsRoundTrip() {
    qt().forAll(EvaluationGen.complianceEvaluations())
        .checkAssert(x -> assertRoundTrips(x, ComplianceEvaluation.class));
  }

  @Test
  void auditProgrammesRoundTrip() {
    qt().forAll(EvaluationGen.auditProgrammes())
        .checkAssert(x -> assertRoundTrips(x, AuditProgramme.class));
  }

  @Test
  void auditedAreasRoundTrip() {
    qt().forAll(EvaluationGen.auditedAreas())
        .checkAssert(x -> assertRoundTrips(x, AuditedArea.class));
  }

  @Test
  void auditFindingsRoundTrip() {
    qt().forAll(EvaluationGen.auditFindings())
        .checkAssert(x -> assertRoundTrips(x, AuditFinding.class));
  }

  @Test
  void auditsRoundTrip() {
    qt().forAll(EvaluationGen.audits()).checkAssert(x -> assertRoundTrips(x, Audit.class));
  }

  @Test
  void managementReviewsRoundTrip() {
    qt().forAll(EvaluationGen.managementReviews())
        .checkAssert(x -> assertRoundTrips(x, ManagementReview.class));
  }
}
