// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The documented information the carbon neutrality management system includes, items a) and b) of T/CAS 612 clause 7.5.1.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum DocumentedInformationItem implements ClauseItem {
  /** a) Documented information required by T/CAS 612. */
  REQUIRED_BY_THE_STANDARD,
  /** b) Documented information the organisation determines as necessary for effectiveness. */
  NEEDED_BY_THE_ORGANISATION;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
