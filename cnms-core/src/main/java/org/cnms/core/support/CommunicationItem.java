// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.BulletItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation takes into account for its internal and external communication, the three points of T/CAS 612 clause 7.4, cited by their position.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum CommunicationItem implements BulletItem {
  /** •1 Internal communication across functions and levels. */
  INTERNAL,
  /** •2 External communication. */
  EXTERNAL,
  /** •3 Suggestions for improvement from the people working for the organisation. */
  IMPROVEMENT_SUGGESTIONS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
