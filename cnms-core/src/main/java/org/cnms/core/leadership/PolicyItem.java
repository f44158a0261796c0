// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the carbon-neutrality policy (碳中和方针) is to be, items a) to f) of the first list of T/CAS
 * 612 clause 5.2, in its order. Only c) and d) are commitments (承诺); a), b), e) and f) are
 * qualities of the policy.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum PolicyItem implements ClauseItem {
  /** a) Suits the organisation's current business and its strategic plan. */
  SUITS_BUSINESS_AND_STRATEGY,
  /** b) Gives a framework for setting carbon-neutrality targets. */
  FRAMEWORK_FOR_TARGETS,
  /**
   * c) A commitment to meet the applicable green and low-carbon policies, laws, regulations and
   * other requirements.
   */
  COMMITMENT_TO_REQUIREMENTS,
  /**
   * d) A commitment to keep improving the management system and its performance and to reach the
   * final carbon-neutrality target.
   */
  COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY,
  /** e) Supports the procurement of products and services that bear on performance. */
  SUPPORTS_PROCUREMENT,
  /** f) Supports design activities that take performance improvement into account. */
  SUPPORTS_DESIGN;

  /** Whether the item is a commitment (承诺) of the policy: c) and d). */
  public boolean isCommitment() {
    return this == COMMITMENT_TO_REQUIREMENTS || this == COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
