// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Where an action plan stands (T/CAS 612 clause 6.6.3).
 */
public enum ActionStatus implements Labelled {
  /** Planned, not started. */
  PLANNED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Carried out. */
  COMPLETED,
  /** Given up. */
  CANCELLED;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
