// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a document is created by the organisation or is documented information of external
 * origin (外部的文件化信息, T/CAS 612 clause 7.5.3).
 */
public enum DocumentOrigin implements Labelled {
  /** Written by the organisation. */
  INTERNAL,
  /** Of external origin, e.g. a standard or regulation. */
  EXTERNAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
