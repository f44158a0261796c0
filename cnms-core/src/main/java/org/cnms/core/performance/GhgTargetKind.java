// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a GHG target limits emissions or calls for removals (温室气体排放目标或清除目标, T/CAS 612
 * clause 6.6.2).
 */
public enum GhgTargetKind implements Labelled {
  /** A target on emissions. */
  EMISSION,
  /** A target on removals. */
  REMOVAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
