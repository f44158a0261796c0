package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The commitments a carbon-neutrality policy (碳中和方针) makes, items a) to f) of T/CAS 612 clause
 * 5.2.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum PolicyCommitment implements ClauseItem {
  /** a) It fits the purpose and context of the organisation. */
  FITS_PURPOSE_AND_CONTEXT,
  /** b) It gives a framework for setting and reviewing objectives and targets. */
  FRAMEWORK_FOR_OBJECTIVES,
  /** c) A commitment to fulfil legal and other requirements. */
  FULFIL_COMPLIANCE_OBLIGATIONS,
  /** d) A commitment to continual improvement of the management system and its performance. */
  CONTINUAL_IMPROVEMENT,
  /** e) A commitment to the final goal of carbon neutrality. */
  CARBON_NEUTRALITY_GOAL,
  /** f) Support for procurement and design that improve carbon-neutrality performance. */
  SUPPORT_PROCUREMENT_AND_DESIGN;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
