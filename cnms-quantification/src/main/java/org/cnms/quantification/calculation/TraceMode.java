// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * How much of its working a calculation result keeps (T/CAS 612 clause 6.3): every term, so that
 * a verifier can recompute the figure, or a summary shared by all results of the same method,
 * factors and units, for bulk runs.
 */
public enum TraceMode implements Labelled {
  /** Every term of the formula with its value and unit; the trace recomputes its result. */
  FULL,
  /**
   * The method, formula, factors with provenance, GWP set and library version, shared by all
   * results of the same preparation: no per-record work, no terms.
   */
  SUMMARY;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
