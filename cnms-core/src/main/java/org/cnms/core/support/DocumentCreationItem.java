// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation ensures when it creates and updates documented information, items a) to c) of T/CAS 612 clause 7.5.2.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum DocumentCreationItem implements ClauseItem {
  /** a) Identification and description. */
  IDENTIFICATION_AND_DESCRIPTION,
  /** b) Format and medium. */
  FORMAT_AND_MEDIUM,
  /** c) Review and approval for suitability and adequacy. */
  REVIEW_AND_APPROVAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
