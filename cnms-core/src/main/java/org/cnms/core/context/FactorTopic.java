// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The example kinds of external and internal factors that the note to T/CAS 612 clause 4.1 lists
 * (可能包括: an informative list, not a requirement), in its order. A factor of another kind has no
 * topic.
 * The note is cited as a whole ({@code 4.1 注}); its examples carry no letters of their own.
 */
public enum FactorTopic implements Labelled {
  /** The national dual-carbon policy (carbon peaking and carbon neutrality). */
  DUAL_CARBON_POLICY,
  /** Emissions trading. */
  EMISSIONS_TRADING,
  /** A carbon tax. */
  CARBON_TAX,
  /** A voluntary emission-reduction scheme. */
  VOLUNTARY_REDUCTION_SCHEME,
  /** Emission-reduction requirements of the organisation's sector. */
  SECTOR_REDUCTION_REQUIREMENT,
  /** An emission-reduction initiative the organisation has joined of its own accord. */
  VOLUNTARY_INITIATIVE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
