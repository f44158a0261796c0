// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class IndicatorRoundTripTest {

  @Test
  void intensitiesRoundTrip() {
    qt().withExamples(200).forAll(IndicatorGen.intensities())
        .checkAssert(x -> assertRoundTrips(x, Intensity.class));
  }

  @Test
  void changesRoundTrip() {
    qt().withExamples(200).forAll(IndicatorGen.changes())
        .checkAssert(x -> assertRoundTrips(x, IndicatorChange.class));
  }
}
