// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * A level of the organisation (组织各层级) at which the carbon-neutrality management team works or
 * relevant managers are placed (T/CAS 612 clause 5.1 h)).
 */
public enum TeamLevel implements Labelled {
  /** The whole enterprise. */
  ENTERPRISE,
  /** One facility, e.g. a plant. */
  FACILITY,
  /** A department. */
  DEPARTMENT,
  /** A workshop or production line. */
  WORKSHOP;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
