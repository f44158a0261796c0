// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * A scope of the GHG Protocol Corporate Standard, the classification many ERP systems and
 * international reports use beside the six categories of T/CAS 612 clause 6.2.1 (see {@link
 * EmissionCategory#scope()}).
 */
public enum GhgScope implements Labelled {
  /** Scope 1: direct emissions from sources owned or controlled by the organisation. */
  SCOPE_1,
  /** Scope 2: indirect emissions from purchased electricity, steam, heat and cooling. */
  SCOPE_2,
  /** Scope 3: all other indirect emissions in the value chain. */
  SCOPE_3;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
