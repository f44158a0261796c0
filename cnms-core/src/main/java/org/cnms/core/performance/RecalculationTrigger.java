// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What may make an organisation recalculate its baseline (基准重新计算的触发条件, T/CAS 612
 * clauses 6.5 and 8.4 e, after ISO 14064-1 clause 6.4.1): a change of structure, of the boundary or
 * of the quantification method, a discovered error, or a change in outsourcing.
 */
public enum RecalculationTrigger implements Labelled {
  /** A change of structure: merger, acquisition, divestment. */
  STRUCTURAL_CHANGE,
  /** A change of the organisational or reporting boundary. */
  BOUNDARY_CHANGE,
  /** A change of quantification method or of emission factors. */
  METHOD_CHANGE,
  /** A significant error discovered in the baseline data. */
  ERROR_DISCOVERED,
  /** Activities outsourced or brought back in-house. */
  OUTSOURCING_CHANGE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
