// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation takes into account when it determines the scope of the carbon neutrality management system, items a) to e) of T/CAS 612 clause 4.3.2 (应考虑).
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum ScopeConsideration implements ClauseItem {
  /** a) The external and internal factors determined (4.1). */
  FACTORS,
  /** b) The requirements of interested parties determined (4.2). */
  PARTY_REQUIREMENTS,
  /** c) Functions, operating units and physical boundaries. */
  FUNCTIONS_UNITS_AND_BOUNDARIES,
  /** d) Activities, products and services. */
  ACTIVITIES_PRODUCTS_AND_SERVICES,
  /** e) Authority and ability to exercise control and influence. */
  AUTHORITY_AND_ABILITY;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
