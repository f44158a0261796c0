// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class LeadershipRoundTripTest {

  @Test
  void personsRoundTrip() {
    qt().forAll(LeadershipGen.persons()).checkAssert(p -> assertRoundTrips(p, Person.class));
  }

  @Test
  void policiesRoundTrip() {
    qt().forAll(LeadershipGen.policies())
        .checkAssert(p -> assertRoundTrips(p, CarbonNeutralityPolicy.class));
  }

  @Test
  void leadershipCommitmentsRoundTrip() {
    qt().forAll(LeadershipGen.leadershipCommitments())
        .checkAssert(c -> assertRoundTrips(c, LeadershipCommitment.class));
  }

  @Test
  void teamsRoundTrip() {
    qt().forAll(LeadershipGen.teams())
        .checkAssert(t -> assertRoundTrips(t, CarbonNeutralityTeam.class));
  }

  @Test
  void rolesRoundTrip() {
    qt().forAll(LeadershipGen.roles()).checkAssert(r -> assertRoundTrips(r, Role.class));
  }
}
