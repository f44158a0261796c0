// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The activities by which documented information is controlled where applicable, items a) to d) of T/CAS 612 clause 7.5.3.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum DocumentControlItem implements ClauseItem {
  /** a) Distribution, access, retrieval and use. */
  DISTRIBUTION_ACCESS_RETRIEVAL_AND_USE,
  /** b) Storage and protection. */
  STORAGE_AND_PROTECTION,
  /** c) Control of changes, including version control. */
  CONTROL_OF_CHANGES,
  /** d) Retention and disposal. */
  RETENTION_AND_DISPOSAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
