// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The status of an improvement action (改进措施) of T/CAS 612 clauses 10.1 and 10.3.
 */
public enum ImprovementStatus implements Labelled {
  /** Proposed, not yet approved. */
  PROPOSED,
  /** Approved, not yet started. */
  APPROVED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Completed. */
  COMPLETED,
  /** Cancelled. */
  CANCELLED;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
