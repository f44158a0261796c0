// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a communication (信息交流) is internal or external (T/CAS 612 clause 7.4).
 */
public enum CommunicationDirection implements Labelled {
  /** Within the organisation. */
  INTERNAL,
  /** With parties outside the organisation. */
  EXTERNAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
