// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The criteria set and applied for operational control, items a) and b) of T/CAS 612 clause 8.1.1.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum OperationalControlItem implements ClauseItem {
  /** a) Control criteria for the GHG sources and sinks. */
  CONTROL_CRITERIA,
  /** b) Criteria for communicating with the people working under the organisation's control. */
  COMMUNICATION_CRITERIA;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
