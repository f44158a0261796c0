// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How often a data item of the data-quality control plan is collected (T/CAS 612 clause 6.8).
 */
public enum CollectionFrequency implements Labelled {
  /** Continuously. */
  CONTINUOUS,
  /** Every day. */
  DAILY,
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY,
  /** Every year. */
  ANNUALLY,
  /** With every delivery or batch. */
  PER_DELIVERY;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
