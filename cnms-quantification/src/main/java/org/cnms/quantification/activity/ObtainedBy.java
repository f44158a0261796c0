// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * How a figure of activity data was obtained (数据获取方式, T/CAS 612 clauses 6.8 and 9.1.1): read
 * from a meter, taken from an invoice or settlement record, calculated from other measured data, or
 * estimated. The first two are measured data; the data-quality roll-up of an inventory reports the
 * share of emissions that rests on measured data.
 */
public enum ObtainedBy implements Labelled {
  /** Read from a meter of the organisation. */
  METERED,
  /** Taken from an invoice or a settlement record of the supplier. */
  INVOICED,
  /** Calculated from other measured data (e.g. by difference, by allocation). */
  CALCULATED,
  /** Estimated (e.g. from a design capacity, a budget, a comparable period). */
  ESTIMATED;

  /** Whether the figure is measured (metered or invoiced) rather than derived or estimated. */
  public boolean isMeasured() {
    return this == METERED || this == INVOICED;
  }

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
