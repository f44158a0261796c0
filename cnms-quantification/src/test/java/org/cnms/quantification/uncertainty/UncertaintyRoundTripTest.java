// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class UncertaintyRoundTripTest {

  @Test
  void inputsRoundTrip() {
    qt().forAll(UncertaintyGen.inputs()).checkAssert(x -> assertRoundTrips(x,
        UncertaintyInput.class));
  }

  @Test
  void propagatedUncertaintiesRoundTrip() {
    qt().forAll(UncertaintyGen.propagated()).checkAssert(x -> assertRoundTrips(x,
        PropagatedUncertainty.class));
  }

  @Test
  void monteCarloResultsRoundTrip() {
    qt().forAll(UncertaintyGen.monteCarloResults()).checkAssert(x -> assertRoundTrips(x,
        MonteCarloResult.class));
  }

  @Test
  void ratingsRoundTrip() {
    qt().forAll(UncertaintyGen.ratings()).checkAssert(x -> assertRoundTrips(x,
        CriterionRating.class));
  }

  @Test
  void methodsRoundTrip() {
    qt().forAll(UncertaintyGen.methods()).checkAssert(x -> assertRoundTrips(x,
        SignificanceMethod.class));
  }

  @Test
  void screeningsRoundTrip() {
    qt().forAll(UncertaintyGen.screenings()).checkAssert(x -> assertRoundTrips(x,
        SignificanceScreening.class));
  }
}
