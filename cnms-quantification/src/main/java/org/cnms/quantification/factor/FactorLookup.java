// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.util.List;
import java.util.Optional;
import org.cnms.core.organisation.ReportingPeriod;

/**
 * The answer of a {@link FactorLibrary} to a lookup by activity key, region and period (the factor
 * selection behind a quantification method, T/CAS 612 clause 6.2.2): the
 * factors found (one per gas), the notes of any {@link FallbackRule} applied, or the reason none
 * was found. Immutable, thread-safe.
 *
 * @param key the activity key asked for
 * @param region the region asked for
 * @param period the activity period asked for
 * @param factors the factors found, one per gas; empty if none
 * @param notes one note per fallback rule applied, e.g. {@code national factor used for region east}
 * @param problem why no factor was found; empty if found
 */
public record FactorLookup(String key, String region, ReportingPeriod period,
    List<EmissionFactor> factors, List<String> notes, Optional<String> problem) {

  /** The canonical constructor; copies the lists. */
  public FactorLookup {
    factors = List.copyOf(factors);
    notes = List.copyOf(notes);
  }

  /** Whether factors were found. */
  public boolean isFound() {
    return problem.isEmpty();
  }

  /** This lookup as a missing factor, for reports. */
  public MissingFactor toMissing() {
    return new MissingFactor("emission factor", key, region, period.toString(),
        problem.orElse("found"), List.of(), 0);
  }
}
