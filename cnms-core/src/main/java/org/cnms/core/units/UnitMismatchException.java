// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of activity data or a factor (T/CAS 612 clause 6.3) is given in a unit that
 * does not fit where it is used: kWh added to kg, or a
 * factor per 10⁴ Nm³ applied to activity data in kWh. The record concerned, the unit given and the
 * unit expected are kept as fields, so tools can act on them.
 */
public final class UnitMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String recordId;
  private final MeasureUnit given;
  private final MeasureUnit expected;

  /**
   * @param recordId the id of the record concerned (e.g. the GHG source), or null
   * @param given the unit the value came in, not null
   * @param expected the unit (or a unit of the kind) that was expected, not null
   * @param message a sentence naming the record and both units
   */
  public UnitMismatchException(@Nullable String recordId, MeasureUnit given, MeasureUnit expected,
      String message) {
    super(message);
    this.recordId = recordId;
    this.given = given;
    this.expected = expected;
  }

  /** The id of the record concerned, if known. */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** The unit the value was given in. */
  public MeasureUnit given() {
    return given;
  }

  /** The unit that was expected. */
  public MeasureUnit expected() {
    return expected;
  }
}
