// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The severity of a nonconformity (不符合) of T/CAS 612 clause 10.2.
 */
public enum Severity implements Labelled {
  /**
   * A major nonconformity: a requirement is not met at all, or the system fails to achieve its
   * intended results.
   */
  MAJOR,
  /** A minor nonconformity: an isolated lapse. */
  MINOR;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
