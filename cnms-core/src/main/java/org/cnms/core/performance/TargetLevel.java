// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The level of the organisation at which a GHG target is set (各层级, T/CAS 612 clause 6.6.2): the
 * whole organisation, a facility, a department, or a process.
 */
public enum TargetLevel implements Labelled {
  /** The whole organisation. */
  ORGANISATION,
  /** A facility inside the boundary. */
  FACILITY,
  /** A department or function. */
  DEPARTMENT,
  /** A process or production line. */
  PROCESS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
