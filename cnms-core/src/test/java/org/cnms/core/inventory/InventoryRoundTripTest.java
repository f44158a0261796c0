// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.cnms.core.testing.Labels.assertBilingual;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class InventoryRoundTripTest {

  @Test
  void sourcesRoundTrip() {
    qt().forAll(InventoryGen.sources()).checkAssert(s -> assertRoundTrips(s, GhgSource.class));
  }

  @Test
  void sinksRoundTrip() {
    qt().forAll(InventoryGen.sinks()).checkAssert(s -> assertRoundTrips(s, GhgSink.class));
  }

  @Test
  void categoryStatementsRoundTrip() {
    qt().forAll(InventoryGen.categoryStatements())
        .checkAssert(s -> assertRoundTrips(s, CategoryStatement.class));
  }

  @Test
  void methodsRoundTrip() {
    qt().forAll(InventoryGen.methods())
        .checkAssert(m -> assertRoundTrips(m, QuantificationMethod.class));
  }

  @Test
  void reviewPartsRoundTrip() {
    qt().forAll(InventoryGen.yearLevels()).checkAssert(l -> assertRoundTrips(l, YearLevel.class));
    qt().forAll(InventoryGen.sourceReviews())
        .checkAssert(r -> assertRoundTrips(r, SourceReview.class));
    qt().forAll(InventoryGen.opportunities())
        .checkAssert(o -> assertRoundTrips(o, ImprovementOpportunity.class));
    qt().forAll(InventoryGen.projections())
        .checkAssert(p -> assertRoundTrips(p, Projection.class));
  }

  @Test
  void reviewsRoundTrip() {
    qt().forAll(InventoryGen.reviews()).checkAssert(r -> assertRoundTrips(r, GhgReview.class));
  }

  @Test
  void vocabulariesAreBilingual() {
    assertBilingual(GhgSourceKind.class);
    assertBilingual(GhgSinkKind.class);
    assertBilingual(QuantificationApproach.class);
    assertBilingual(LineKind.class);
    assertBilingual(GhgReviewItem.class);
  }
}
