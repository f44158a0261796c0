// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Amount;
import org.cnms.core.units.QuantityKind;
import org.immutables.value.Value;

/**
 * A resource (资源) the organisation provides for its carbon-neutrality management system (T/CAS
 * 612 clause 7.1): one of the five the clause names ({@link ResourceKind}: competence and
 * awareness, infrastructure, monitoring and measuring equipment, knowledge, communication
 * channels), or another the system needs, such as finance, recorded without a kind.
 *
 * <p>The budget, if recorded, is an amount of money, e.g. {@code 120 1e4CNY} (万元).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableResource.class)
public abstract class Resource implements Identified, WithResource {

  @Override
  public abstract String id();

  /** Which of the resources named by clause 7.1 it is; empty for another resource. */
  public abstract Optional<ResourceKind> kind();

  /** The resource, e.g. {@code 能碳管理平台}. */
  public abstract String description();

  /** Its budget in a unit of money ({@code CNY}, {@code 1e4CNY}), not negative; if recorded. */
  public abstract Optional<Amount> budget();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resource}; {@code id} and {@code description} are required. */
  public static final class Builder extends ImmutableResource.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Resource", "id", id());
    Checks.requireNonBlank("Resource", "description", description());
    budget().ifPresent(b -> {
      if (b.kind() != QuantityKind.MONEY) {
        throw new IllegalArgumentException("Resource.budget of " + id()
            + " must be an amount of money (CNY, 1e4CNY), but was " + b);
      }
      Checks.requireNonNegative("Resource", "budget", b.value());
    });
  }
}
