// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ContextRoundTripTest {

  @Test
  void contextFactorsRoundTrip() {
    qt().forAll(ContextGen.contextFactors())
        .checkAssert(i -> assertRoundTrips(i, ContextFactor.class));
  }

  @Test
  void partyRequirementsRoundTrip() {
    qt().forAll(ContextGen.partyRequirements())
        .checkAssert(r -> assertRoundTrips(r, PartyRequirement.class));
  }

  @Test
  void interestedPartiesRoundTrip() {
    qt().forAll(ContextGen.interestedParties())
        .checkAssert(p -> assertRoundTrips(p, InterestedParty.class));
  }

  @Test
  void complianceObligationsRoundTrip() {
    qt().forAll(ContextGen.complianceObligations())
        .checkAssert(o -> assertRoundTrips(o, ComplianceObligation.class));
  }
}
