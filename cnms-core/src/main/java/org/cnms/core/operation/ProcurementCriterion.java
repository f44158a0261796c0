// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Amount;
import org.immutables.value.Value;

/**
 * A procurement criterion (T/CAS 612 clause 8.3, 采购): a criterion for judging the effect on
 * carbon neutrality performance, over the planned or expected operating life, of raw materials,
 * materials, energy, equipment, facilities, products or services that weigh significantly on it,
 * e.g. a minimum share of green power or the energy-efficiency grade of a motor.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProcurementCriterion.class)
public abstract class ProcurementCriterion implements Identified, WithProcurementCriterion {

  @Override
  public abstract String id();

  /** What is procured. */
  public abstract ProcurementSubject subject();

  /** The criterion itself, e.g. {@code 电机能效不低于GB 18613一级}. */
  public abstract String criterion();

  /** A quantitative threshold of the criterion, not negative, if it has one. */
  public abstract Optional<Amount> threshold();

  /** The date from which the criterion applies. */
  public abstract LocalDate effectiveFrom();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcurementCriterion}; all attributes but {@code threshold} are required. */
  public static final class Builder extends ImmutableProcurementCriterion.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ProcurementCriterion", "id", id());
    Checks.requireNonBlank("ProcurementCriterion", "criterion", criterion());
    threshold().ifPresent(a -> Checks.requireNonNegative("ProcurementCriterion", "threshold",
        a.value()));
  }
}
