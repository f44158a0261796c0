// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class OrganisationRoundTripTest {

  @Test
  void organisationsRoundTrip() {
    qt().forAll(OrganisationGen.organisations())
        .checkAssert(o -> assertRoundTrips(o, Organisation.class));
  }

  @Test
  void facilitiesRoundTrip() {
    qt().forAll(OrganisationGen.facilities()).checkAssert(f -> assertRoundTrips(f, Facility.class));
  }

  @Test
  void boundariesRoundTrip() {
    qt().forAll(OrganisationGen.boundaries())
        .checkAssert(b -> assertRoundTrips(b, OrganisationalBoundary.class));
  }

  @Test
  void scopeStatementsRoundTrip() {
    qt().forAll(OrganisationGen.scopeStatements())
        .checkAssert(s -> assertRoundTrips(s, ScopeStatement.class));
  }

  @Test
  void reportingPeriodsRoundTrip() {
    qt().forAll(OrganisationGen.reportingPeriods())
        .checkAssert(p -> assertRoundTrips(p, ReportingPeriod.class));
  }
}
