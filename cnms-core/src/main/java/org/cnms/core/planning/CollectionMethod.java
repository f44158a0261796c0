// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How a data item of the data-quality control plan is obtained (T/CAS 612 clause 6.8).
 */
public enum CollectionMethod implements Labelled {
  /** Read from a meter. */
  METERED,
  /** Taken from invoices or settlement records. */
  INVOICED,
  /** Estimated. */
  ESTIMATED,
  /** Calculated from other data. */
  CALCULATED,
  /** Provided by a supplier. */
  SUPPLIER_DATA;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
