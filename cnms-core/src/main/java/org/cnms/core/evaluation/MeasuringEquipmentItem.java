// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the monitoring and measuring equipment ensures, items a) to d) of T/CAS 612 clause 9.1.3.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum MeasuringEquipmentItem implements ClauseItem {
  /** a) Energy measuring instruments fitted as GB 17167 requires. */
  ENERGY_MEASURING_INSTRUMENTS,
  /** b) Measuring and analysis instruments for process emissions. */
  PROCESS_EMISSION_INSTRUMENTS,
  /** c) Monitoring and measurement good enough to verify emissions. */
  VERIFYING_EMISSIONS,
  /** d) Results of monitoring and measurement by information systems checked. */
  IT_SYSTEM_RESULTS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
