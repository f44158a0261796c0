// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The stages of the life of a nonconformity (不符合) under T/CAS 612 clause 10.2, in order: reported,
 * contained and corrected (a), cause analysed (b), corrective action taken (c), effectiveness
 * reviewed (d), closed. A {@link Nonconformity} moves through them one at a time.
 */
public enum NonconformityStatus implements Labelled {
  /** Reported, not yet acted on. */
  REPORTED,
  /** Controlled and corrected, its consequences dealt with (clause 10.2 a). */
  CONTAINED,
  /** Its cause determined and the need for action evaluated (clause 10.2 b). */
  CAUSE_ANALYSED,
  /** Corrective action taken (clause 10.2 c). */
  ACTION_TAKEN,
  /** The effectiveness of the actions reviewed (clause 10.2 d). */
  EFFECTIVENESS_REVIEWED,
  /** Closed. */
  CLOSED;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
