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
 * The carbon-asset management plan (碳资产管理计划) (T/CAS 612 clause 6.7): (a) how
 * government-allocated allowances are managed, (b) the planned purchases of emission reductions
 * for compliance or offsetting, (c) registering the organisation's own reduction projects as
 * tradable credits, (d) other carbon assets. The organisation may outsource the management.
 *
 * <p>Each item is optional: the plan covers what applies to the organisation, and the conformity
 * engine judges, e.g., that an organisation covered by an emissions trading scheme has an
 * allowance plan ({@link #hasAllowancePlan()}). A revised plan names the plan it {@linkplain
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

  /** The service provider the management is outsourced to, if any. */
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
