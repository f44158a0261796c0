// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The result of an evaluation of compliance (合规性评价) with a legal or other requirement (T/CAS 612
 * clause 9.2).
 */
public enum ComplianceResult implements Labelled {
  /** Compliant. */
  COMPLIANT,
  /** Partially compliant. */
  PARTIALLY_COMPLIANT,
  /** Not compliant. */
  NONCOMPLIANT;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
