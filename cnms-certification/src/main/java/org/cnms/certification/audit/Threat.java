// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The threats to impartiality that ISO/IEC 17021-1 names (对公正性的威胁). */
public enum Threat implements Labelled {
  /** Self-interest (自身利益): acting in one's own financial or other interest. */
  SELF_INTEREST,
  /** Self-review (自我评价): auditing one's own work, e.g. consultancy or internal audit. */
  SELF_REVIEW,
  /** Familiarity (熟悉): too close to or trusting of the client. */
  FAMILIARITY,
  /** Intimidation (胁迫): being coerced, openly or covertly. */
  INTIMIDATION;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
