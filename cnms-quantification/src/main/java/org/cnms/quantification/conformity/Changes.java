// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.system.ManagementSystem;

/** The recorded changes (8.4) that clauses 6.2.1 and 6.3 ask the GHG work to follow. */
final class Changes {

  /** The kinds of change that change business activities or their sources and sinks. */
  static final Set<ChangeKind> OF_ACTIVITIES = EnumSet.of(ChangeKind.MAJOR_SOURCES_AND_SINKS,
      ChangeKind.FACILITIES_AND_PROCESSES, ChangeKind.PURCHASED_OR_SUPPLIED_PRODUCTS);

  private Changes() {}

  /**
   * The changes of {@code kinds} made by {@code on} that no GHG review confirming the completeness
   * of the sources and sinks followed (a review on or after the change, and by {@code on}).
   */
  static List<ChangeRecord> notFollowedByAReview(ManagementSystem s, Set<ChangeKind> kinds,
      LocalDate on) {
    return s.changes().stream()
        .filter(c -> c.kind().map(kinds::contains).orElse(false) && !c.changedOn().isAfter(on))
        .filter(c -> s.ghgReviews().stream().noneMatch(r -> confirms(r, c.changedOn(), on)))
        .toList();
  }

  private static boolean confirms(GhgReview r, LocalDate changedOn, LocalDate on) {
    return r.completenessConfirmed() && !r.reviewedOn().isBefore(changedOn)
        && !r.reviewedOn().isAfter(on);
  }
}
