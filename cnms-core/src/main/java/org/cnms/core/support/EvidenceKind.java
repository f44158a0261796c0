// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What kind of evidence a competence record rests on (T/CAS 612 clause 7.2). Training is an
 * action the organisation takes to acquire competence (7.2 •3), whose effectiveness it evaluates
 * (7.2 •4); education, experience and certificates are evidence a person brings.
 */
public enum EvidenceKind implements Labelled {
  /** Training. */
  TRAINING,
  /** Education. */
  EDUCATION,
  /** Experience. */
  EXPERIENCE,
  /** A certificate or qualification. */
  CERTIFICATE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
