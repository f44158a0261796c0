// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class OperationRoundTripTest {

  @Test
  void operationalCriteriaRoundTrip() {
    qt().forAll(OperationGen.operationalCriteria())
        .checkAssert(x -> assertRoundTrips(x, OperationalCriterion.class));
  }

  @Test
  void outsourcedProcessControlsRoundTrip() {
    qt().forAll(OperationGen.outsourcedProcessControls())
        .checkAssert(x -> assertRoundTrips(x, OutsourcedProcessControl.class));
  }

  @Test
  void designReviewsRoundTrip() {
    qt().forAll(OperationGen.designReviews())
        .checkAssert(x -> assertRoundTrips(x, DesignReview.class));
  }

  @Test
  void procurementCriteriaRoundTrip() {
    qt().forAll(OperationGen.procurementCriteria())
        .checkAssert(x -> assertRoundTrips(x, ProcurementCriterion.class));
  }

  @Test
  void supplierNoticesRoundTrip() {
    qt().forAll(OperationGen.supplierNotices())
        .checkAssert(x -> assertRoundTrips(x, SupplierNotice.class));
  }

  @Test
  void changeRecordsRoundTrip() {
    qt().forAll(OperationGen.changeRecords())
        .checkAssert(x -> assertRoundTrips(x, ChangeRecord.class));
  }
}
