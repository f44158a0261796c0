// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.unit.SerialRange;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.immutables.value.Value;

/**
 * The carbon-neutrality balance (碳中和平衡) of a period (T/CAS 612 clauses 3.1, 6.6.1 d and 6.7):
 * the gross emissions of the covered categories, less the removals of those categories in the
 * boundary, less the units retired for the claim that count → the net balance. The period is
 * carbon-neutral when the net balance is zero or below; otherwise the balance is the shortfall.
 *
 * <p>Units count only if the ledger shows them retired for this claim and period and they meet
 * the {@link EligibilityPolicy}; every other unit the claim names is listed in
 * {@link #refused()} with its reason (surrendered for compliance, counted in another claim,
 * inside the boundary, wrong type or vintage …).
 *
 * <p>Exact: every figure is an exact sum of {@code Co2e} values; nothing is rounded. Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNeutralityBalance.class)
public abstract class NeutralityBalance implements WithNeutralityBalance {

  /** The claim. */
  public abstract String claimId();

  /** The period claimed. */
  public abstract ReportingPeriod period();

  /** The emission categories the claim covers (clause 6.2.1). */
  public abstract Set<EmissionCategory> coveredCategories();

  /** Gross emissions of the covered categories, from the inventory. */
  public abstract Co2e grossEmissions();

  /** Removals of the covered categories in the boundary, from the inventory. */
  public abstract Co2e removals();

  /** The units that count, one record per block retired. */
  public abstract List<Retirement> counted();

  /** The units named for the claim that do not count, with the reason. */
  public abstract List<RefusedUnits> refused();

  /** The units counted, 1 tCO₂e each. */
  public long unitsCounted() {
    return counted().stream().mapToLong(r -> r.block().quantity()).sum();
  }

  /** The offsets: the counted units as CO₂e. */
  public Co2e offsets() {
    return Co2e.tonnes(BigDecimal.valueOf(unitsCounted()));
  }

  /** Net balance: gross emissions − removals − offsets; zero or below means neutral. */
  public Co2e netBalance() {
    return grossEmissions().minus(removals()).minus(offsets());
  }

  /** Whether the period is carbon-neutral: the net balance is zero or below. */
  public boolean neutral() {
    return netBalance().compareTo(Co2e.ZERO) <= 0;
  }

  /** What is still to be offset: the net balance if positive, zero otherwise. */
  public Co2e shortfall() {
    return neutral() ? Co2e.ZERO : netBalance();
  }

  /**
   * The balance of claim {@code claimId} with every unit the ledger shows retired for it.
   *
   * @param claimId the claim, not null
   * @param period the period claimed; the inventory must cover exactly this period
   * @param coveredCategories the categories the claim covers, not empty
   * @param inventory the GHG inventory of the period
   * @param ledger the organisation's ledger
   * @param policy the eligibility policy
   * @return the balance
   * @throws IllegalArgumentException if the inventory covers another period or no category is
   *     covered
   */
  public static NeutralityBalance of(String claimId, ReportingPeriod period,
      Set<EmissionCategory> coveredCategories, GhgInventory inventory, Ledger ledger,
      EligibilityPolicy policy) {
    Builder b = start(claimId, period, coveredCategories, inventory);
    for (Retirement r : ledger.retirementsFor(claimId)) {
      judge(b, r, period, policy);
    }
    return b.build();
  }

  /**
   * The balance of claim {@code claimId} with the units it names, each checked against the
   * ledger: only units retired for this claim count; units surrendered for compliance, retired
   * for another claim, still held, sold, cancelled, unknown or named twice are refused.
   *
   * @param claimId the claim, not null
   * @param period the period claimed; the inventory must cover exactly this period
   * @param coveredCategories the categories the claim covers, not empty
   * @param inventory the GHG inventory of the period
   * @param claimed the units the claim names
   * @param ledger the organisation's ledger
   * @param policy the eligibility policy
   * @return the balance
   * @throws IllegalArgumentException if the inventory covers another period or no category is
   *     covered
   */
  public static NeutralityBalance of(String claimId, ReportingPeriod period,
      Set<EmissionCategory> coveredCategories, GhgInventory inventory,
      List<ClaimedUnits> claimed, Ledger ledger, EligibilityPolicy policy) {
    Builder b = start(claimId, period, coveredCategories, inventory);
    List<Retirement> ofClaim = ledger.retirementsFor(claimId);
    List<ClaimedUnits> seen = new ArrayList<>();
    for (ClaimedUnits c : claimed) {
      // units named again are refused as named twice, neither looked up nor counted again
      List<SerialRange> fresh = new ArrayList<>(List.of(c.serials()));
      for (ClaimedUnits s : seen) {
        if (s.registry().equals(c.registry()) && s.serials().overlaps(c.serials())) {
          refuse(b, c.registry(), c.serials().intersection(s.serials()).orElseThrow(),
              "named twice in this claim");
          fresh = fresh.stream().flatMap(f -> f.minus(s.serials()).stream()).toList();
        }
      }
      seen.add(c);
      for (SerialRange r : fresh) {
        lookUp(b, claimId, period, policy, ofClaim, ledger, c.registry(), r);
      }
    }
    return b.build();
  }

  /** Judges the units {@code r} of a claimed range against the ledger. */
  private static void lookUp(Builder b, String claimId, ReportingPeriod period,
      EligibilityPolicy policy, List<Retirement> ofClaim, Ledger ledger, String registry,
      SerialRange r) {
    long next = r.start();
    for (UnitState s : ledger.states(registry, r)) {
      SerialRange sr = s.block().serials();
      if (sr.start() > next) {
        refuse(b, registry, SerialRange.of(r.prefix(), next, sr.start() - 1),
            "not in the ledger");
      }
      next = sr.end() + 1;
      String event = " by event " + s.eventId();
      switch (s.status()) {
        case RETIRED:
          if (s.claimId().orElseThrow().equals(claimId)) {
            for (Retirement ret : ofClaim) {
              ret.block().serials().intersection(sr).ifPresent(part -> judge(b,
                  ret.withBlock(ret.block().withSerials(part)), period, policy));
            }
          } else {
            refuse(b, registry, sr, "retired for claim " + s.claimId().get() + event
                + ": a unit counts in one claim only");
          }
          break;
        case SURRENDERED:
          refuse(b, registry, sr, "surrendered for ETS compliance year "
              + s.complianceYear().orElseThrow() + event);
          break;
        case HELD:
          refuse(b, registry, sr, "not retired: still held in account "
              + s.account().orElseThrow());
          break;
        default:
          refuse(b, registry, sr, s.status().name().toLowerCase(Locale.ROOT) + event
              + ", not retired for this claim");
      }
    }
    if (next <= r.end()) {
      refuse(b, registry, SerialRange.of(r.prefix(), next, r.end()), "not in the ledger");
    }
  }

  /**
   * The balance of claim {@code claimId} towards a carbon-neutrality target (clause 6.6.1): the
   * categories covered are the target's; every unit the ledger shows retired for the claim is
   * considered.
   *
   * @param claimId the claim, not null
   * @param period the period claimed; the inventory must cover exactly this period
   * @param target the carbon-neutrality target whose covered categories the claim covers
   * @param inventory the GHG inventory of the period
   * @param ledger the organisation's ledger
   * @param policy the eligibility policy
   * @return the balance
   * @throws IllegalArgumentException if the inventory covers another period
   */
  public static NeutralityBalance of(String claimId, ReportingPeriod period,
      CarbonNeutralityTarget target, GhgInventory inventory, Ledger ledger,
      EligibilityPolicy policy) {
    return of(claimId, period, new LinkedHashSet<>(target.coveredCategories()), inventory, ledger,
        policy);
  }

  /**
   * The balance of claim {@code claimId} towards a carbon-neutrality target, with the units the
   * claim names; see {@link #of(String, ReportingPeriod, Set, GhgInventory, List, Ledger,
   * EligibilityPolicy)}.
   *
   * @throws IllegalArgumentException if the inventory covers another period
   */
  public static NeutralityBalance of(String claimId, ReportingPeriod period,
      CarbonNeutralityTarget target, GhgInventory inventory, List<ClaimedUnits> claimed,
      Ledger ledger, EligibilityPolicy policy) {
    return of(claimId, period, new LinkedHashSet<>(target.coveredCategories()), inventory,
        claimed, ledger, policy);
  }

  private static Builder start(String claimId, ReportingPeriod period,
      Set<EmissionCategory> covered, GhgInventory inventory) {
    if (!inventory.period().equals(period)) {
      throw new IllegalArgumentException("GhgInventory " + inventory.id() + " covers "
          + inventory.period() + ", but the neutrality claim " + claimId + " is for " + period);
    }
    Builder b = builder();
    b.claimId(claimId).period(period).addAllCoveredCategories(covered)
        .grossEmissions(inventory.emissionsOf(covered))
        .removals(inventory.removalsOf(covered));
    return b;
  }

  private static void judge(Builder b, Retirement r, ReportingPeriod period,
      EligibilityPolicy policy) {
    if (!r.claimPeriod().equals(period)) {
      refuse(b, r.block().registry(), r.block().serials(), "retired for claim period "
          + r.claimPeriod() + ", not " + period);
      return;
    }
    policy.refusal(r.block()).ifPresentOrElse(
        reason -> refuse(b, r.block().registry(), r.block().serials(), reason),
        () -> b.addCounted(r));
  }

  private static void refuse(Builder b, String registry, SerialRange serials, String reason) {
    b.addRefused(RefusedUnits.builder().registry(registry).serials(serials).reason(reason)
        .build());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NeutralityBalance}; prefer the {@code of} factories, which compute it from the
   * inventory and the ledger.
   */
  public static final class Builder extends ImmutableNeutralityBalance.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("NeutralityBalance", "claimId", claimId());
    Checks.requireNonEmpty("NeutralityBalance", "coveredCategories", coveredCategories());
    if (grossEmissions().isNegative() || removals().isNegative()) {
      throw new IllegalArgumentException("NeutralityBalance of claim " + claimId()
          + ": gross emissions and removals must not be negative, but were " + grossEmissions()
          + " and " + removals());
    }
  }
}
