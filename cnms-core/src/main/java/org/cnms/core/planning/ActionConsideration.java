// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the planning of an action on risks and opportunities takes into account (T/CAS 612 clause
 * 6.1.2).
 */
public enum ActionConsideration implements Labelled {
  /** Technological options. */
  TECHNOLOGY,
  /** Financial requirements. */
  FINANCE,
  /** Operational requirements. */
  OPERATIONS,
  /** Business requirements. */
  BUSINESS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
