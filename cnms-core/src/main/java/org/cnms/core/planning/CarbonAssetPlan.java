// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Approval;
import org.cnms.core.Revisable;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The planning of carbon asset management (碳资产管理) (T/CAS 612 clause 6.7), documented as a plan
 * with the sections a)–d) ({@link CarbonAssetItem}): a) the emission allowances allocated by
 * government, b) the purchased emission reductions for compliance or offsetting, c) the
 * organisation's own reduction projects registered as tradable reductions, d) other carbon asset
 * management. The organisation can outsource the management to a specialist firm (可).
 *
 * <p>Each section is optional: the plan covers what applies to the organisation, and the
 * conformity engine judges, e.g., that an organisation covered by an emissions trading scheme has
 * an allowance section ({@link #hasAllowancePlan()}). A revised plan names the plan it {@linkplain
 * #supersedes() supersedes}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCarbonAssetPlan.class)
public abstract class CarbonAssetPlan implements Revisable, WithCarbonAssetPlan {

  @Override
  public abstract String id();

  /** a) How government-allocated allowances are managed, if applicable. */
  public abstract Optional<String> allowanceManagement();

  /** b) The planned purchases of emission reductions. */
  public abstract List<PlannedPurchase> purchasedReductions();

  /** c) How own reduction projects are to be registered as tradable credits, if applicable. */
  public abstract Optional<String> ownProjectRegistration();

  /** d) Other carbon assets and how they are managed, if any. */
  public abstract Optional<String> otherAssets();

  /** The specialist firm the management is outsourced to, if any (可, 6.7). */
  public abstract Optional<String> outsourcedTo();

  /** The approval of the plan, if given. */
  public abstract Optional<Approval> approval();

  /** The date the plan was prepared. */
  public abstract LocalDate preparedOn();

  @Override
  public abstract Optional<String> supersedes();

  /** Whether the plan covers allowance management, item a). */
  public boolean hasAllowancePlan() {
    return allowanceManagement().isPresent();
  }

  /** The sections a)–d) the plan has, in the clause's order. */
  public List<CarbonAssetItem> items() {
    List<CarbonAssetItem> out = new java.util.ArrayList<>(4);
    if (allowanceManagement().isPresent()) {
      out.add(CarbonAssetItem.ALLOWANCES);
    }
    if (!purchasedReductions().isEmpty()) {
      out.add(CarbonAssetItem.PURCHASED_REDUCTIONS);
    }
    if (ownProjectRegistration().isPresent()) {
      out.add(CarbonAssetItem.OWN_PROJECTS);
    }
    if (otherAssets().isPresent()) {
      out.add(CarbonAssetItem.OTHER);
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** The planned purchases for this purpose, in plan order. */
  public List<PlannedPurchase> purchasesFor(PurchasePurpose purpose) {
    return purchasedReductions().stream().filter(p -> p.purpose() == purpose).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CarbonAssetPlan}; {@code id} and {@code preparedOn} are required. */
  public static final class Builder extends ImmutableCarbonAssetPlan.Builder {}

  @Value.Check
  protected void check() {
    String t = "CarbonAssetPlan";
    Checks.requireId(t, "id", id());
    allowanceManagement().ifPresent(s -> Checks.requireNonBlank(t, "allowanceManagement", s));
    ownProjectRegistration().ifPresent(s -> Checks.requireNonBlank(t, "ownProjectRegistration",
        s));
    otherAssets().ifPresent(s -> Checks.requireNonBlank(t, "otherAssets", s));
    outsourcedTo().ifPresent(s -> Checks.requireNonBlank(t, "outsourcedTo", s));
    supersedes().ifPresent(s -> {
      Checks.requireId(t, "supersedes", s);
      if (s.equals(id())) {
        throw new IllegalArgumentException(t + " " + id() + " cannot supersede itself");
      }
    });
  }
}
