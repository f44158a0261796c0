// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The organisational boundary (组织边界) of the management system (T/CAS 612 clause 4.3): the
 * consolidation approach and the facilities inside the boundary. Every GHG source and sink of the
 * organisation must sit in one of these facilities.
 *
 * <p>With {@link ConsolidationApproach#EQUITY_SHARE} every entry states its equity share; with a
 * control approach none does.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOrganisationalBoundary.class)
public abstract class OrganisationalBoundary implements WithOrganisationalBoundary {

  /** How facilities are consolidated. */
  public abstract ConsolidationApproach approach();

  /** The facilities inside the boundary; at least one, each once. */
  public abstract List<BoundaryEntry> facilities();

  /** Whether the facility with this id is inside the boundary. */
  public boolean includes(String facilityId) {
    return facilities().stream().anyMatch(e -> e.facilityId().equals(facilityId));
  }

  /** The entry of the facility with this id, if it is inside the boundary. */
  public Optional<BoundaryEntry> entry(String facilityId) {
    return facilities().stream().filter(e -> e.facilityId().equals(facilityId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganisationalBoundary}; {@code approach} and a facility are required. */
  public static final class Builder extends ImmutableOrganisationalBoundary.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonEmpty("OrganisationalBoundary", "facilities", facilities());
    Checks.requireDistinct("OrganisationalBoundary", "facilities", facilities(),
        BoundaryEntry::facilityId);
    for (BoundaryEntry e : facilities()) {
      boolean equity = approach() == ConsolidationApproach.EQUITY_SHARE;
      if (equity && e.equitySharePercent().isEmpty()) {
        throw new IllegalArgumentException("OrganisationalBoundary: facility " + e.facilityId()
            + " needs an equitySharePercent, since the approach is EQUITY_SHARE");
      }
      if (!equity && e.equitySharePercent().isPresent()) {
        throw new IllegalArgumentException("OrganisationalBoundary: facility " + e.facilityId()
            + " has an equitySharePercent of " + e.equitySharePercent().get().toPlainString()
            + ", but the approach " + approach() + " counts facilities in full");
      }
    }
  }
}
