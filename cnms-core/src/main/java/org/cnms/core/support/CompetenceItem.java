// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.BulletItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation does about competence, the four points of T/CAS 612 clause 7.2, cited by their position.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum CompetenceItem implements BulletItem {
  /** •1 Competence needed by people whose work affects the targets. */
  COMPETENCE_NEEDED,
  /** •2 Evaluation of people's competence. */
  COMPETENCE_EVALUATED,
  /** •3 Training and other actions to acquire competence. */
  TRAINING_AND_OTHER_ACTIONS,
  /** •4 Evaluation of the effectiveness of the actions taken. */
  EFFECTIVENESS_OF_ACTIONS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
