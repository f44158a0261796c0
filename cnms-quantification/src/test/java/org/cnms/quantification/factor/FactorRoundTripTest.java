// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class FactorRoundTripTest {

  @Test
  void provenancesRoundTrip() {
    qt().forAll(FactorGen.provenances()).checkAssert(p -> assertRoundTrips(p, Provenance.class));
  }

  @Test
  void ratesRoundTripAndParseWhatTheyPrint() {
    qt().forAll(FactorGen.rates()).checkAssert(r -> {
      assertRoundTrips(r, Rate.class);
      assertEquals(r, Rate.parse(r.toString()));
    });
  }

  @Test
  void factorsRoundTrip() {
    qt().forAll(FactorGen.factors()).checkAssert(f -> assertRoundTrips(f, EmissionFactor.class));
  }

  @Test
  void fuelParametersRoundTrip() {
    qt().forAll(FactorGen.fuels()).checkAssert(f -> assertRoundTrips(f, FuelParameters.class));
  }

  @Test
  void librariesRoundTrip() {
    qt().forAll(FactorGen.libraries()).checkAssert(l -> assertRoundTrips(l, FactorLibrary.class));
    assertRoundTrips(ReferenceData.chinaFactorLibrary(), FactorLibrary.class);
  }
}
