// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.claim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.assets.neutrality.NeutralityClaim;
import org.immutables.value.Value;

/**
 * What a verifier checks a carbon-neutrality claim on: the claim with its neutrality balance
 * (cnms-assets), the ids of its carbon footprint report and carbon-neutrality management plan,
 * the day the claim is made, and the flags each retirement's credits were shown to carry.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClaimDossier.class)
public abstract class ClaimDossier implements WithClaimDossier {

  /** The claim and its balance. */
  public abstract NeutralityClaim claim();

  /** The id of the carbon footprint report of the subject, if there is one. */
  public abstract Optional<String> footprintReportId();

  /** The id of the carbon-neutrality management plan, if there is one. */
  public abstract Optional<String> managementPlanId();

  /** The day the claim is made. */
  public abstract LocalDate claimedOn();

  /** The flags of the credits of each retirement, by the retirement's event id. */
  public abstract Map<String, Set<CreditFlag>> creditFlags();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimDossier}. */
  public static final class Builder extends ImmutableClaimDossier.Builder {}
}
