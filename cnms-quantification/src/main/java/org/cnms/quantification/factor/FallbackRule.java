// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * An explicit rule by which a {@link FactorLibrary} may use a factor other than one for exactly
 * the activity's region and time (T/CAS 612 clause 6.8, data quality). A library applies only
 * the rules it lists; with none, a lookup matches exactly or fails. Whenever a rule is applied,
 * the lookup says so, and the result's trace carries that note. There is never a silent nearest
 * match.
 */
public enum FallbackRule implements Labelled {
  /**
   * When the library has no factor of the key for the activity's region, the factor for region
   * {@code national} is used.
   */
  NATIONAL_FOR_REGION,
  /**
   * When no factor of the key applies to the activity period, the one of the latest earlier data
   * year (or validity ending before the period) is used — e.g. the 2023 grid factor for 2024
   * activity before the 2024 factor is published. A later year is never used.
   */
  LATEST_EARLIER_YEAR;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
