// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.cnms.core.testing.CoreGen.*;
import static org.cnms.quantification.testing.QuantGen.*;

import org.cnms.core.units.Amount;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of activity data. */
public final class ActivityGen {

  private ActivityGen() {}

  public static Gen<DataQualityRating> ratings() {
    Gen<Integer> score = Generate.range(1, 5);
    return in -> DataQualityRating.of(score.generate(in), score.generate(in), score.generate(in));
  }

  public static Gen<ActivityRecord> records() {
    return in -> ActivityRecord.builder()
        .id(ids().generate(in))
        .sourceId(ids().generate(in))
        .facilityId(ids().generate(in))
        .category(categories().generate(in))
        .activityKey(texts().generate(in))
        .amount(Amount.of(decimals().generate(in), units().generate(in)))
        .period(periods().generate(in))
        .obtainedBy(enums(ObtainedBy.class).generate(in))
        .meterId(optionals(ids()).generate(in))
        .documentRef(optionals(texts()).generate(in))
        .region(optionals(texts()).generate(in))
        .dataQuality(optionals(ratings()).generate(in))
        .build();
  }
}
