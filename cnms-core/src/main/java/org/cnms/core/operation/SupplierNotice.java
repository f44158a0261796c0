// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * A notice to a supplier (告知供应商, T/CAS 612 clause 8.3): the record that a supplier was told
 * that carbon neutrality performance is one of the criteria its offer is judged by, naming the
 * procurement criteria concerned.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSupplierNotice.class)
public abstract class SupplierNotice implements Identified, WithSupplierNotice {

  @Override
  public abstract String id();

  /** The supplier notified. */
  public abstract String supplier();

  /** The date of the notice. */
  public abstract LocalDate notifiedOn();

  /** What the supplier was told. */
  public abstract String content();

  /** The ids of the {@link ProcurementCriterion procurement criteria} the notice concerns. */
  public abstract List<String> criterionIds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupplierNotice}; all attributes but {@code criterionIds} are required. */
  public static final class Builder extends ImmutableSupplierNotice.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("SupplierNotice", "id", id());
    Checks.requireNonBlank("SupplierNotice", "supplier", supplier());
    Checks.requireNonBlank("SupplierNotice", "content", content());
    ListChecks.requireIds("SupplierNotice", "criterionIds", criterionIds());
  }
}
