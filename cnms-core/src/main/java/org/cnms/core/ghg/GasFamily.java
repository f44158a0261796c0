// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The seven families of greenhouse gases that carbon neutrality covers (T/CAS 612 clause 3.1, the
 * Kyoto basket): CO₂, CH₄, N₂O, HFCs, PFCs, SF₆ and NF₃.
 */
public enum GasFamily implements Labelled {
  /** Carbon dioxide. */
  CO2,
  /** Methane. */
  CH4,
  /** Nitrous oxide. */
  N2O,
  /** Hydrofluorocarbons. */
  HFCS,
  /** Perfluorocarbons. */
  PFCS,
  /** Sulphur hexafluoride. */
  SF6,
  /** Nitrogen trifluoride. */
  NF3;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
