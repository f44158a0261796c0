// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class SupportRoundTripTest {

  @Test
  void resourcesRoundTrip() {
    qt().forAll(SupportGen.resources()).checkAssert(r -> assertRoundTrips(r, Resource.class));
  }

  @Test
  void competenceRequirementsRoundTrip() {
    qt().forAll(SupportGen.competenceRequirements())
        .checkAssert(r -> assertRoundTrips(r, CompetenceRequirement.class));
  }

  @Test
  void competenceRecordsRoundTrip() {
    qt().forAll(SupportGen.competenceRecords())
        .checkAssert(r -> assertRoundTrips(r, CompetenceRecord.class));
  }

  @Test
  void awarenessRecordsRoundTrip() {
    qt().forAll(SupportGen.awarenessRecords())
        .checkAssert(r -> assertRoundTrips(r, AwarenessRecord.class));
  }

  @Test
  void communicationsRoundTrip() {
    qt().forAll(SupportGen.communications())
        .checkAssert(c -> assertRoundTrips(c, Communication.class));
  }

  @Test
  void suggestionResponsesRoundTrip() {
    qt().forAll(SupportGen.suggestionResponses())
        .checkAssert(r -> assertRoundTrips(r, SuggestionResponse.class));
  }

  @Test
  void suggestionsRoundTrip() {
    qt().forAll(SupportGen.suggestions()).checkAssert(s -> assertRoundTrips(s, Suggestion.class));
  }

  @Test
  void documentVersionsRoundTrip() {
    qt().forAll(SupportGen.documentVersions())
        .checkAssert(v -> assertRoundTrips(v, DocumentVersion.class));
  }

  @Test
  void documentsRoundTrip() {
    qt().forAll(SupportGen.documents())
        .checkAssert(d -> assertRoundTrips(d, DocumentedInformation.class));
  }
}
