// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a calculation lacks factors: every missing factor of the batch is listed at once,
 * each with the records that needed it, so the user can supply them all in one go (T/CAS 612
 * clause 6.3). The list is kept as a field.
 */
public final class MissingFactorException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<MissingFactor> missing;

  /**
   * @param missing the missing factors, not empty
   */
  public MissingFactorException(List<MissingFactor> missing) {
    super(message(missing));
    this.missing = List.copyOf(missing);
  }

  private static String message(List<MissingFactor> missing) {
    List<MissingFactor> sorted = missing.stream()
        .sorted(Comparator.comparing(MissingFactor::identity)).toList();
    return sorted.size() + (sorted.size() == 1 ? " factor is" : " factors are")
        + " missing:\n" + sorted.stream().map(m -> "  - " + m.describe())
            .collect(Collectors.joining("\n"));
  }

  /** The missing factors, sorted by what, key, region and period. */
  public List<MissingFactor> missing() {
    return missing.stream().sorted(Comparator.comparing(MissingFactor::identity)).toList();
  }
}
