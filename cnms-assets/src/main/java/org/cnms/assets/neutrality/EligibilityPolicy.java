// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.assets.unit.UnitType;
import org.immutables.value.Value;

/**
 * Which units an organisation accepts for a carbon-neutrality claim (T/CAS 612 clauses 3.1 and
 * 6.7): the unit types allowed, a vintage window, and whether units must come from outside the
 * organisation's boundary (they must, under clause 3.1, unless a policy says otherwise). Units
 * surrendered for compliance or retired for another claim never count, whatever the policy: the
 * {@link NeutralityBalance} refuses them from the ledger.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableEligibilityPolicy.class)
public abstract class EligibilityPolicy implements WithEligibilityPolicy {

  /** The unit types allowed; empty allows every type. */
  public abstract List<UnitType> allowedTypes();

  /** The earliest vintage accepted, if limited. */
  public abstract Optional<Integer> earliestVintage();

  /** The latest vintage accepted, if limited. */
  public abstract Optional<Integer> latestVintage();

  /** Whether units must come from outside the organisation's boundary; true unless set. */
  @Value.Default
  public boolean outsideBoundaryOnly() {
    return true;
  }

  /** Whether only ex-post issued units are accepted; false unless set. */
  @Value.Default
  public boolean exPostOnly() {
    return false;
  }

  /** The policy that accepts any type and vintage from outside the boundary. */
  public static EligibilityPolicy anyOutsideBoundary() {
    return builder().build();
  }

  /**
   * Why {@code block} is not eligible, or empty if it is.
   *
   * @param block the units, not null
   * @return the reason, naming the rule and the unit's value
   */
  public Optional<String> refusal(UnitBlock block) {
    return refusal(block.type(), block.vintage(), block.origin(), block.issuance());
  }

  /**
   * Why units of this type, vintage, origin and issuance are not eligible, or empty if they are.
   *
   * @return the reason, naming the rule and the unit's value
   */
  public Optional<String> refusal(UnitType type, int vintage, Origin origin, Issuance issuance) {
    if (!allowedTypes().isEmpty() && !allowedTypes().contains(type)) {
      return Optional.of("type " + type.code() + " is not allowed (allowed: "
          + allowedTypes().stream().map(UnitType::code).toList() + ")");
    }
    if (earliestVintage().isPresent() && vintage < earliestVintage().get()) {
      return Optional.of("vintage " + vintage + " is before the earliest accepted, "
          + earliestVintage().get());
    }
    if (latestVintage().isPresent() && vintage > latestVintage().get()) {
      return Optional.of("vintage " + vintage + " is after the latest accepted, "
          + latestVintage().get());
    }
    if (outsideBoundaryOnly() && origin != Origin.OUTSIDE_BOUNDARY) {
      return Optional.of("the units come from inside the organisation's boundary");
    }
    if (exPostOnly() && issuance != Issuance.EX_POST) {
      return Optional.of("the units were issued ex ante");
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityPolicy}; every attribute is optional. */
  public static final class Builder extends ImmutableEligibilityPolicy.Builder {}

  @Value.Check
  protected void check() {
    if (earliestVintage().isPresent() && latestVintage().isPresent()
        && latestVintage().get() < earliestVintage().get()) {
      throw new IllegalArgumentException("EligibilityPolicy.latestVintage " + latestVintage().get()
          + " must not be before earliestVintage " + earliestVintage().get());
    }
  }
}
