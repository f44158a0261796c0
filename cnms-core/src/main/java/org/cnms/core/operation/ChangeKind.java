// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of change T/CAS 612 clause 8.4 (变更控制) gives as examples, items a) to g), in its
 * order. They are possibilities (可能), not requirements: a change record may name its kind, and
 * no kind is ever a nonconformity.
 */
public enum ChangeKind implements ClauseItem {
  /** a) Risks and opportunities, including knock-on changes from other management systems. */
  RISKS_AND_OPPORTUNITIES,
  /** b) Major emission sources and sinks. */
  MAJOR_SOURCES_AND_SINKS,
  /** c) Facilities, equipment, systems and processes, new builds and extensions included. */
  FACILITIES_AND_PROCESSES,
  /** d) Products and services purchased or supplied. */
  PURCHASED_OR_SUPPLIED_PRODUCTS,
  /** e) The carbon neutrality baseline, including the methods used. */
  BASELINE_AND_METHODS,
  /** f) Compliance requirements and requirements of interested parties. */
  COMPLIANCE_AND_PARTY_REQUIREMENTS,
  /** g) Any other change that affects the management system. */
  OTHER;

  /**
   * Whether a change of this kind is one that, as good practice beyond T/CAS 612, prompts a
   * review of whether the baseline needs recalculating: items b) and e).
   */
  public boolean triggersBaselineRecalculation() {
    return this == MAJOR_SOURCES_AND_SINKS || this == BASELINE_AND_METHODS;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
