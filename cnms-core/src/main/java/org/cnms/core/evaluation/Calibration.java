// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One calibration or verification (检定/校准) of a measuring instrument (T/CAS 612 clause 9.1.3):
 * its date, its result, and the certificate and body, if recorded.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCalibration.class)
public abstract class Calibration implements WithCalibration {

  /** The date of the calibration. */
  public abstract LocalDate calibratedOn();

  /** Whether the instrument passed. */
  public abstract CalibrationResult result();

  /** The number of the calibration certificate, if any. */
  public abstract Optional<String> certificate();

  /** The calibration body or person, if recorded. */
  public abstract Optional<String> calibratedBy();

  /** Whether the instrument passed this calibration. */
  public boolean passed() {
    return result() == CalibrationResult.PASS;
  }

  /** A calibration on {@code calibratedOn} with {@code result}. */
  public static Calibration of(LocalDate calibratedOn, CalibrationResult result) {
    return builder().calibratedOn(calibratedOn).result(result).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Calibration}; {@code calibratedOn} and {@code result} are required. */
  public static final class Builder extends ImmutableCalibration.Builder {}

  @Value.Check
  protected void check() {
    certificate().ifPresent(c -> Checks.requireNonBlank("Calibration", "certificate", c));
    calibratedBy().ifPresent(c -> Checks.requireNonBlank("Calibration", "calibratedBy", c));
  }
}
