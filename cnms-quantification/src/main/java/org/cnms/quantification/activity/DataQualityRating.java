// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * The data-quality rating of one figure of activity data (数据质量评级, T/CAS 612 clause 6.8 and
 * ISO 14064-1 clause 8.3): its technological, temporal and geographical representativeness, each
 * scored 1 (very good: the very process, period and site) to 5 (very poor), as in the pedigree
 * matrix. Whether the figure is measured or estimated is its {@link ObtainedBy}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDataQualityRating.class)
public abstract class DataQualityRating implements WithDataQualityRating {

  /** Technological representativeness, 1 (the very technology) to 5. */
  public abstract int technological();

  /** Temporal representativeness, 1 (the very period) to 5. */
  public abstract int temporal();

  /** Geographical representativeness, 1 (the very site) to 5. */
  public abstract int geographical();

  /** A rating from its three scores. */
  public static DataQualityRating of(int technological, int temporal, int geographical) {
    return builder().technological(technological).temporal(temporal)
        .geographical(geographical).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataQualityRating}; all three scores are required. */
  public static final class Builder extends ImmutableDataQualityRating.Builder {}

  @Value.Check
  protected void check() {
    score("technological", technological());
    score("temporal", temporal());
    score("geographical", geographical());
  }

  private static void score(String field, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException("DataQualityRating." + field
          + " must be a score from 1 to 5, but was " + value);
    }
  }
}
