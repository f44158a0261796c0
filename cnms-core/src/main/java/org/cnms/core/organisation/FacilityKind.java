// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/** What kind of site a {@link Facility} is (T/CAS 612 clause 4.3, physical boundaries). */
public enum FacilityKind implements Labelled {
  /** A production plant. */
  PLANT,
  /** An office or head office. */
  OFFICE,
  /** A warehouse or logistics site. */
  WAREHOUSE,
  /** A laboratory or R&amp;D site. */
  LABORATORY,
  /** Land managed by the organisation: forest, plantation. */
  LAND,
  /** A fleet of vehicles or other mobile equipment. */
  FLEET,
  /** Any other site. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
