// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * A monitoring and measuring instrument (监视和测量设备) of T/CAS 612 clause 9.1.3 — an energy
 * meter, flow meter, weighbridge, gas analyser — with its accuracy class, calibration interval and
 * the history of its calibrations. Energy meters are kept per GB 17167 (用能单位能源计量器具配备和管理通则).
 *
 * <p>The conformity engine reports an instrument whose calibration or verification (校准/检定) lapsed
 * inside the period assessed ({@link #firstLapseBetween(LocalDate, LocalDate)}); {@link
 * #calibrationValidOn(LocalDate)} states when a calibration holds.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMeasuringInstrument.class)
public abstract class MeasuringInstrument implements Identified, WithMeasuringInstrument {

  @Override
  public abstract String id();

  /** What kind of instrument it is. */
  public abstract InstrumentKind kind();

  /** The id of the facility it is installed in. */
  public abstract String facilityId();

  /** The ids of the GHG sources whose activity data it measures; each once. */
  public abstract List<String> sourceIds();

  /** The accuracy class, e.g. {@code 0.5S} for an electricity meter. */
  public abstract String accuracyClass();

  /** Whether GB 17167 requires the instrument (a meter of a metering level it names), if known. */
  public abstract Optional<Boolean> gb17167Required();

  /**
   * Whether the instrument is fitted (配备) as GB 17167 requires, for an energy measuring instrument
   * (能源计量器具, clause 9.1.3 a)), if recorded.
   */
  public abstract Optional<Boolean> fittedPerGb17167();

  /** The calibration interval in months, above zero. */
  public abstract int calibrationIntervalMonths();

  /** The calibrations, in strictly increasing order of date. */
  public abstract List<Calibration> calibrations();

  /**
   * Whether the instrument's calibration was valid on {@code date}. The rule: take the latest
   * calibration on or before {@code date}; the calibration is valid iff that calibration passed
   * and {@code calibratedOn.plusMonths(calibrationIntervalMonths)} is after {@code date}.
   *
   * <p>So a calibration holds from its own date up to the day before the same day of the month
   * {@code calibrationIntervalMonths} later (clamped to the month's end, as {@link
   * LocalDate#plusMonths} does): calibrated on 2024-03-15 with an interval of 12 months, the
   * instrument is valid from 2024-03-15 through 2025-03-14 and lapsed on 2025-03-15. A failed
   * calibration makes the instrument invalid from its date until a later one passes, even if an
   * earlier passed calibration has not yet run out. Before its first calibration an instrument is
   * not valid.
   *
   * @param date the date of a reading, not null
   * @return whether readings taken on {@code date} come from a calibrated instrument
   */
  public boolean calibrationValidOn(LocalDate date) {
    return latestOnOrBefore(date)
        .filter(Calibration::passed)
        .map(c -> c.calibratedOn().plusMonths(calibrationIntervalMonths()).isAfter(date))
        .orElse(false);
  }

  /**
   * The first day from {@code from} to {@code to} (both included) on which the calibration was not
   * valid ({@link #calibrationValidOn(LocalDate)}), if there is one. Validity changes only on
   * {@code from}, on a calibration's date and on the day a calibration runs out, so only those days
   * are looked at.
   *
   * @param from the first day, not null
   * @param to the last day, not before {@code from}
   * @return the first day of a lapse, or empty if the instrument was valid throughout
   */
  public Optional<LocalDate> firstLapseBetween(LocalDate from, LocalDate to) {
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
    days.add(from);
    for (Calibration c : calibrations()) {
      days.add(c.calibratedOn());
      days.add(c.calibratedOn().plusMonths(calibrationIntervalMonths()));
    }
    for (LocalDate d : days.subSet(from, true, to, true)) {
      if (!calibrationValidOn(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest calibration strictly before {@code date}, if any.
   *
   * @param date the date, not null
   * @return the calibration, or empty if the instrument had none before {@code date}
   */
  public Optional<Calibration> lastCalibrationBefore(LocalDate date) {
    Calibration last = null;
    for (Calibration c : calibrations()) {
      if (!c.calibratedOn().isBefore(date)) {
        break;
      }
      last = c;
    }
    return Optional.ofNullable(last);
  }

  private Optional<Calibration> latestOnOrBefore(LocalDate date) {
    return lastCalibrationBefore(date.plusDays(1));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MeasuringInstrument}; {@code id}, {@code kind}, {@code facilityId},
   * {@code accuracyClass} and {@code calibrationIntervalMonths} are required.
   */
  public static final class Builder extends ImmutableMeasuringInstrument.Builder {}

  @Value.Check
  protected void check() {
    String t = "MeasuringInstrument";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "facilityId", facilityId());
    ListChecks.requireIds(t, "sourceIds", sourceIds());
    Checks.requireNonBlank(t, "accuracyClass", accuracyClass());
    if (calibrationIntervalMonths() <= 0) {
      throw new IllegalArgumentException("MeasuringInstrument.calibrationIntervalMonths of " + id()
          + " must be above 0, but was " + calibrationIntervalMonths());
    }
    for (int i = 1; i < calibrations().size(); i++) {
      LocalDate previous = calibrations().get(i - 1).calibratedOn();
      LocalDate current = calibrations().get(i).calibratedOn();
      if (!current.isAfter(previous)) {
        throw new IllegalArgumentException("MeasuringInstrument " + id()
            + ": calibrations must be in strictly increasing order of date, but calibration "
            + i + " on " + current + " follows one on " + previous);
      }
    }
  }
}
