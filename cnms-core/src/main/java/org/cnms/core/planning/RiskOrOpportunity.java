// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A risk or opportunity (风险和机遇) the organisation has determined (T/CAS 612 clause 6.1.1),
 * linked to the external and internal factors (clause 4.1) and the needs and expectations of
 * interested parties (clause 4.2) it arises from; whether it needs to be addressed, and for which
 * of the ends 6.1.1 a)–e) ({@link RiskPurpose}). A rating is optional: T/CAS 612 does not ask for
 * one.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRiskOrOpportunity.class)
public abstract class RiskOrOpportunity implements Identified, WithRiskOrOpportunity {

  @Override
  public abstract String id();

  /** Whether it is a risk or an opportunity. */
  public abstract RiskKind kind();

  /** What the risk or opportunity is. */
  public abstract String description();

  /** The ids of the external and internal factors (4.1) it arises from, each once. */
  public abstract List<String> relatedFactorIds();

  /** The ids of the interested parties it arises from, each once. */
  public abstract List<String> relatedPartyIds();

  /** How significant it is rated, if it is (beyond T/CAS 612). */
  public abstract Optional<RiskRating> rating();

  /**
   * Whether the organisation has determined that it needs to be addressed (需要应对, 6.1.1);
   * {@code true} unless recorded otherwise. Such a risk or opportunity needs actions (6.1.2).
   */
  @Value.Default
  public boolean toBeAddressed() {
    return true;
  }

  /** The ends of 6.1.1 a)–e) that addressing it serves, each once. */
  public abstract List<RiskPurpose> purposes();

  /** The date it was identified. */
  public abstract LocalDate identifiedOn();

  /** Whether it is linked to at least one factor or interested party. */
  public boolean hasContextLink() {
    return !relatedFactorIds().isEmpty() || !relatedPartyIds().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RiskOrOpportunity}; {@code id}, {@code kind}, {@code description} and {@code
   * identifiedOn} are required.
   */
  public static final class Builder extends ImmutableRiskOrOpportunity.Builder {}

  @Value.Check
  protected void check() {
    String t = "RiskOrOpportunity";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    relatedFactorIds().forEach(i -> Checks.requireId(t, "relatedFactorIds", i));
    Checks.requireDistinct(t, "relatedFactorIds", relatedFactorIds(), i -> i);
    relatedPartyIds().forEach(p -> Checks.requireId(t, "relatedPartyIds", p));
    Checks.requireDistinct(t, "relatedPartyIds", relatedPartyIds(), p -> p);
    Checks.requireDistinct(t, "purposes", purposes(), p -> p);
  }
}
