// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A statement on how one of the six emission categories is addressed (T/CAS 612 clause 6.2.1,
 * every category is addressed): why the organisation has no source in it, or how the category is
 * treated. With the registered sources, these statements let the conformity engine check that all
 * six categories are addressed.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCategoryStatement.class)
public abstract class CategoryStatement implements WithCategoryStatement {

  /** The category addressed. */
  public abstract EmissionCategory category();

  /** Why the category has no sources, or how it is treated. */
  public abstract String reason();

  /** A statement on {@code category}. */
  public static CategoryStatement of(EmissionCategory category, String reason) {
    return builder().category(category).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CategoryStatement}; both attributes are required. */
  public static final class Builder extends ImmutableCategoryStatement.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("CategoryStatement", "reason", reason());
  }
}
