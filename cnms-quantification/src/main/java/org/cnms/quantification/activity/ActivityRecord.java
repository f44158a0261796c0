// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.immutables.value.Value;

/**
 * One figure of activity data (活动数据, T/CAS 612 clauses 6.3 and 9.1.1): the amount of an activity
 * of one GHG source or sink in one period (a single day is a period of one day), e.g.
 * {@code 1250.5 kWh} of purchased electricity at meter M-7 in March, with how it was obtained,
 * the meter and the document it comes from, and its data-quality rating.
 *
 * <p>The {@linkplain #activityKey() activity key} says which factors apply
 * (e.g. {@code electricity.grid.mee-nbs-average}, {@code natural-gas}); the {@linkplain #region()
 * region} selects regional factors (e.g. the facility's grid region). The amount is never
 * negative: exported energy and recovered refrigerant are inputs of their methods, and removals
 * are recorded as removals.
 *
 * <p>Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableActivityRecord.class)
public abstract class ActivityRecord implements Identified, WithActivityRecord {

  @Override
  public abstract String id();

  /** The id of the GHG source or sink. */
  public abstract String sourceId();

  /** The id of the facility the source sits in. */
  public abstract String facilityId();

  /** The emission category of clause 6.2.1. */
  public abstract EmissionCategory category();

  /** The activity key factors are looked up by. */
  public abstract String activityKey();

  /** The amount, exact, with its unit. */
  public abstract Amount amount();

  /** The period the amount covers. */
  public abstract ReportingPeriod period();

  /** How the amount was obtained. */
  public abstract ObtainedBy obtainedBy();

  /** The meter it was read from, if any. */
  public abstract Optional<String> meterId();

  /** The document it comes from (invoice number, ERP voucher), if any. */
  public abstract Optional<String> documentRef();

  /** The region for regional factors, e.g. {@code east (华东)}; empty for the library default. */
  public abstract Optional<String> region();

  /**
   * The id of the record this one corrects, if it is a correction: the corrected record no longer
   * counts, and the two may cover overlapping periods of the same source and meter (see
   * {@link OverlapCheck}).
   */
  public abstract Optional<String> corrects();

  /** The data-quality rating, if rated. */
  public abstract Optional<DataQualityRating> dataQuality();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ActivityRecord}; id, sourceId, facilityId, category, activityKey, amount,
   * period and obtainedBy are required.
   */
  public static final class Builder extends ImmutableActivityRecord.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ActivityRecord", "id", id());
    Checks.requireId("ActivityRecord", "sourceId", sourceId());
    Checks.requireId("ActivityRecord", "facilityId", facilityId());
    Checks.requireNonBlank("ActivityRecord", "activityKey", activityKey());
    if (amount().isNegative()) {
      throw new IllegalArgumentException("ActivityRecord.amount of record " + id()
          + " must not be negative, but was " + amount());
    }
    region().ifPresent(r -> Checks.requireNonBlank("ActivityRecord", "region", r));
    corrects().ifPresent(c -> {
      Checks.requireId("ActivityRecord", "corrects", c);
      if (c.equals(id())) {
        throw new IllegalArgumentException("ActivityRecord " + id() + " cannot correct itself");
      }
    });
  }
}
