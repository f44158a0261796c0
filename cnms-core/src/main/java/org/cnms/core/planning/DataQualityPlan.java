// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The data-quality control plan (数据质量控制计划) for the data of T/CAS 612 clauses 6.3 to 6.7
 * (clause 6.8): its data items, each saying what is monitored, how, how often and how it is kept.
 * The plan is revised when sources, meters or required methods change; a revision names the plan
 * it {@linkplain #supersedes() supersedes}.
 *
 * <p>{@link #covers(String)} answers the conformity check of clause 6.8: is every activity data
 * item used in the inventory covered by the plan.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDataQualityPlan.class)
public abstract class DataQualityPlan implements Revisable, WithDataQualityPlan {

  @Override
  public abstract String id();

  /** The data items, each id once. */
  public abstract List<DataQualityItem> items();

  /** The date the plan was prepared. */
  public abstract LocalDate preparedOn();

  @Override
  public abstract Optional<String> supersedes();

  /** Whether some item of the plan feeds the GHG source or sink with this id. */
  public boolean covers(String sourceId) {
    return items().stream().anyMatch(i -> i.feeds(sourceId));
  }

  /** The items that feed the GHG source or sink with this id, in plan order. */
  public List<DataQualityItem> itemsFor(String sourceId) {
    return items().stream().filter(i -> i.feeds(sourceId)).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataQualityPlan}; {@code id} and {@code preparedOn} are required. */
  public static final class Builder extends ImmutableDataQualityPlan.Builder {}

  @Value.Check
  protected void check() {
    String t = "DataQualityPlan";
    Checks.requireId(t, "id", id());
    Checks.requireDistinct(t, "items", items(), DataQualityItem::id);
    supersedes().ifPresent(s -> {
      Checks.requireId(t, "supersedes", s);
      if (s.equals(id())) {
        throw new IllegalArgumentException(t + " " + id() + " cannot supersede itself");
      }
    });
  }
}
