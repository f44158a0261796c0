package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of change that T/CAS 612 clause 8.4 asks the organisation to control, items a to g.
 * Changes of kind (b) and (e) can invalidate the baseline, so the conformity engine asks for a
 * baseline-recalculation check for them ({@link #triggersBaselineRecalculation()}).
 */
public enum ChangeKind implements ClauseItem {
  /** (a) Risks and opportunities. */
  RISKS_AND_OPPORTUNITIES,
  /** (b) Major GHG sources and sinks. */
  MAJOR_SOURCES_AND_SINKS,
  /** (c) Facilities and processes. */
  FACILITIES_AND_PROCESSES,
  /** (d) Purchased or supplied products. */
  PURCHASED_OR_SUPPLIED_PRODUCTS,
  /** (e) The baseline and the quantification methods. */
  BASELINE_AND_METHODS,
  /** (f) Compliance obligations and requirements of interested parties. */
  COMPLIANCE_AND_PARTY_REQUIREMENTS,
  /** (g) Other changes. */
  OTHER;

  /** Whether a change of this kind calls for a baseline-recalculation check: items (b) and (e). */
  public boolean triggersBaselineRecalculation() {
    return this == MAJOR_SOURCES_AND_SINKS || this == BASELINE_AND_METHODS;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
