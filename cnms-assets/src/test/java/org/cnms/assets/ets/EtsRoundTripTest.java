// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class EtsRoundTripTest {

  @Test
  void schemesRoundTrip() {
    qt().withExamples(200).forAll(EtsGen.schemes()).checkAssert(s -> assertRoundTrips(s, EtsScheme.class));
  }

  @Test
  void complianceResultsRoundTrip() {
    qt().withExamples(200).forAll(EtsGen.results())
        .checkAssert(r -> assertRoundTrips(r, ComplianceResult.class));
  }
}
