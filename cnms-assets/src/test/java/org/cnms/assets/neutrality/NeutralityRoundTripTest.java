// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class NeutralityRoundTripTest {

  @Test
  void policiesRoundTrip() {
    qt().withExamples(200).forAll(NeutralityGen.policies())
        .checkAssert(p -> assertRoundTrips(p, EligibilityPolicy.class));
  }

  @Test
  void claimedAndRefusedUnitsRoundTrip() {
    qt().withExamples(200).forAll(NeutralityGen.claimedUnits())
        .checkAssert(c -> assertRoundTrips(c, ClaimedUnits.class));
    qt().withExamples(200).forAll(NeutralityGen.refusedUnits())
        .checkAssert(r -> assertRoundTrips(r, RefusedUnits.class));
  }

  @Test
  void balancesAndClaimsRoundTrip() {
    qt().withExamples(200).forAll(NeutralityGen.balances())
        .checkAssert(b -> assertRoundTrips(b, NeutralityBalance.class));
    qt().withExamples(200).forAll(NeutralityGen.claims())
        .checkAssert(c -> assertRoundTrips(c, NeutralityClaim.class));
  }

  @Test
  void findingsAndAssessmentsRoundTrip() {
    qt().withExamples(200).forAll(NeutralityGen.findings())
        .checkAssert(f -> assertRoundTrips(f, ClaimFinding.class));
    qt().withExamples(200).forAll(NeutralityGen.assessments())
        .checkAssert(a -> assertRoundTrips(a, ClaimAssessment.class));
  }
}
