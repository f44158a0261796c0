// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The GHG review (温室气体评审, T/CAS 612 clause 6.3) of one period: (a) the confirmation that the
 * sources and sinks of 6.2.1 are complete, (b) the evaluation of past and present levels, (c) the
 * {@linkplain #inventoryId() GHG inventory} it produced, (d) the review of each source and sink,
 * (e) the ranked improvement opportunities and (f) the projection of future emissions and
 * removals.
 *
 * <p>Invariants: years of levels and projections and the reviewed sources appear once each;
 * opportunity ids and ranks are distinct; the next review is not due before this one. Whether each
 * source has variables and an owner, and whether the inventory covers every registered source, is
 * judged by the conformity engine. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgReview.class)
public abstract class GhgReview implements Identified, WithGhgReview {

  @Override
  public abstract String id();

  /** The period reviewed. */
  public abstract ReportingPeriod period();

  /** The id of the {@link GhgInventory} the review produced (6.3 c). */
  public abstract String inventoryId();

  /** Whether the completeness of the source and sink register was confirmed (6.3 a). */
  public abstract boolean completenessConfirmed();

  /** Past and present levels, one per year (6.3 b). */
  public abstract List<YearLevel> historicalLevels();

  /** The review of each source and sink, one per source or sink (6.3 d). */
  public abstract List<SourceReview> sourceReviews();

  /** The improvement opportunities, with distinct ranks (6.3 e). */
  public abstract List<ImprovementOpportunity> opportunities();

  /** The projections of future emissions and removals, one per year (6.3 f). */
  public abstract List<Projection> projections();

  /** The date of the review. */
  public abstract LocalDate reviewedOn();

  /** The date the next review is due, if set (6.3: updated at set intervals). */
  public abstract Optional<LocalDate> nextReviewDue();

  /** The opportunities in order of rank, 1 first. */
  public List<ImprovementOpportunity> opportunitiesByRank() {
    return opportunities().stream().sorted(Comparator.comparingInt(ImprovementOpportunity::rank))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The review of the source or sink with this id, if there is one. */
  public Optional<SourceReview> sourceReview(String sourceId) {
    return sourceReviews().stream().filter(r -> r.sourceId().equals(sourceId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GhgReview}; {@code id}, {@code period}, {@code inventoryId},
   * {@code completenessConfirmed} and {@code reviewedOn} are required.
   */
  public static final class Builder extends ImmutableGhgReview.Builder {}

  @Value.Check
  protected void check() {
    String t = "GhgReview";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "inventoryId", inventoryId());
    Checks.requireDistinct(t, "historicalLevels", historicalLevels(), YearLevel::year);
    Checks.requireDistinct(t, "sourceReviews", sourceReviews(), SourceReview::sourceId);
    Checks.requireDistinct(t, "opportunities", opportunities(), ImprovementOpportunity::id);
    java.util.Map<Integer, String> byRank = new java.util.HashMap<>();
    for (ImprovementOpportunity o : opportunities()) {
      String other = byRank.putIfAbsent(o.rank(), o.id());
      if (other != null) {
        throw new IllegalArgumentException("GhgReview " + id() + ": opportunities " + other
            + " and " + o.id() + " share rank " + o.rank() + "; ranks must be distinct");
      }
    }
    Checks.requireDistinct(t, "projections", projections(), Projection::year);
    nextReviewDue().ifPresent(n -> Checks.requireNotBefore(t, "nextReviewDue", n, "reviewedOn",
        reviewedOn()));
  }
}
