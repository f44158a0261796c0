// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation does when a nonconformity occurs, items a) to e) of T/CAS 612 clause 10.2.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum NonconformityResponse implements ClauseItem {
  /** a) Reacting to the nonconformity (controlling and correcting it where applicable). */
  REACTION,
  /** b) Determining its nature and causes and whether action is needed. */
  NATURE_AND_CAUSES,
  /** c) Implementing any action needed. */
  ACTIONS_IMPLEMENTED,
  /** d) Reviewing the effectiveness of corrective action. */
  EFFECTIVENESS_REVIEWED,
  /** e) Making changes to the CNMS if necessary. */
  CHANGES_TO_THE_SYSTEM;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
