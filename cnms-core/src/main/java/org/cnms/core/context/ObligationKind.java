// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a compliance obligation (合规义务) is a legal requirement or another requirement the
 * organisation has chosen to meet (T/CAS 612 clauses 4.2, 9.2).
 */
public enum ObligationKind implements Labelled {
  /** A legal requirement: law, regulation, mandatory standard, permit. */
  LEGAL,
  /** Another requirement the organisation subscribes to, e.g. a voluntary commitment. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
