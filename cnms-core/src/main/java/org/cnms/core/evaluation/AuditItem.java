// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation does for each internal audit, items a) to d) of T/CAS 612 clause 9.3.2.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum AuditItem implements ClauseItem {
  /** a) Audit criteria and scope defined. */
  CRITERIA_AND_SCOPE,
  /** b) Objectivity and impartiality of the audit process. */
  OBJECTIVITY_AND_IMPARTIALITY,
  /** c) Results reported to top management and the relevant responsible persons. */
  REPORTING_OF_RESULTS,
  /** d) Suitable correction and/or corrective action taken. */
  CORRECTION_AND_CORRECTIVE_ACTION;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
