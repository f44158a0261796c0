// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What kind of GHG sink (温室气体汇) a sink is (T/CAS 612 clauses 3.7 and 6.2.1): forestry and
 * vegetation that remove CO₂, or capture and storage.
 */
public enum GhgSinkKind implements Labelled {
  /** Afforestation of land not forested before. */
  AFFORESTATION,
  /** Reforestation of land that was forested. */
  REFORESTATION,
  /** Improved management of existing forest. */
  FOREST_MANAGEMENT,
  /** Restoration of grassland, wetland or other vegetation. */
  VEGETATION_RESTORATION,
  /** Capture of CO₂ and its geological storage. */
  CARBON_CAPTURE_AND_STORAGE,
  /** Any other sink. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
