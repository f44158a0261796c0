// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a context factor (外部和内部因素) lies outside or inside the organisation (T/CAS 612
 * clause 4.1).
 */
public enum FactorKind implements Labelled {
  /** A factor inside the organisation. */
  INTERNAL,
  /** A factor outside the organisation. */
  EXTERNAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
