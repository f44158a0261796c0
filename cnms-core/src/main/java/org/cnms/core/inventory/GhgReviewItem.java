// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a GHG review comprises (T/CAS 612 clause 6.3 a)–f), with d) 1)–3)), in the clause's order:
 * each is evidenced by a field of a {@link GhgReview}. The items of d) cite themselves under their
 * letter ({@code d) 1)}).
 */
public enum GhgReviewItem implements ClauseItem {
  /**
   * a) Confirm the completeness of the sources and sinks (源和汇的完整性), gather data and quantify:
   * {@link GhgReview#completenessConfirmed()}.
   */
  COMPLETENESS,
  /**
   * b) Assess past and current emission levels (过去和现在的碳排放水平): {@link GhgReview#historicalLevels()}.
   */
  PAST_AND_CURRENT_LEVELS,
  /** c) Produce the GHG emission inventory (GHG 排放清单): {@link GhgReview#inventoryId()}. */
  INVENTORY,
  /** d) For each GHG source or sink (每一个 GHG 源或汇): {@link GhgReview#sourceReviews()}. */
  EACH_SOURCE_AND_SINK,
  /** d) 1) Its relevant variables (相关变量): {@link SourceReview#relevantVariables()}. */
  RELEVANT_VARIABLES,
  /** d) 2) Its current emission or removal level: {@link SourceReview#currentLevel()}. */
  CURRENT_LEVEL,
  /**
   * d) 3) The persons whose work affects it directly or indirectly: {@link
   * SourceReview#influencerPersonIds()}.
   */
  PERSONS,
  /**
   * e) Ranked opportunities to improve carbon neutrality performance (碳中和绩效改进机会): {@link
   * GhgReview#opportunities()}.
   */
  IMPROVEMENT_OPPORTUNITIES,
  /** f) Estimated future GHG emissions and removals: {@link GhgReview#projections()}. */
  FUTURE_EMISSIONS;

  /** {@code a)} … {@code f)}, and {@code d) 1)} … {@code d) 3)} for the items under d). */
  @Override
  public String citation() {
    switch (this) {
      case RELEVANT_VARIABLES:
        return "d) 1)";
      case CURRENT_LEVEL:
        return "d) 2)";
      case PERSONS:
        return "d) 3)";
      case IMPROVEMENT_OPPORTUNITIES:
        return "e)";
      case FUTURE_EMISSIONS:
        return "f)";
      default:
        return (char) ('a' + ordinal()) + ")";
    }
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
