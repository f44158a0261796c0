// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.units.Amount;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.indicator.IntensityDenominators;
import org.cnms.quantification.indicator.IndicatorCalculator;
import org.cnms.quantification.indicator.Intensity;
import org.cnms.quantification.progress.ProgressCalculator;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.Projection;
import org.jspecify.annotations.Nullable;

/**
 * What the commands report on a workspace, each figure computed once when first asked for, with
 * progress on stderr: the inventories, the baseline and target progress (clauses 6.3 to 6.6),
 * intensities (6.4), the neutrality balance of the latest year (6.7) and the conformity
 * assessment (9.3).
 */
final class Analysis {

  private final Workspace workspace;
  private final IntensityDenominators denominators;
  private final Progress progress;
  private final ProgressCalculator progressCalculator = ProgressCalculator.withDefaultRounding();
  private final IndicatorCalculator indicatorCalculator = IndicatorCalculator.withDefaultRounding();

  private @Nullable Optional<ProgressReport> progressReport;
  private @Nullable Optional<Projection> trend;
  private @Nullable NeutralityBalance balance;
  private @Nullable AssessmentReport conformity;
  private final java.util.Map<ReportingPeriod, List<CalculationResult>> results =
      new java.util.HashMap<>();

  Analysis(Workspace workspace, IntensityDenominators denominators, Progress progress) {
    this.workspace = workspace;
    this.denominators = denominators;
    this.progress = progress;
  }

  Workspace workspace() {
    return workspace;
  }

  List<GhgInventory> inventories() {
    return workspace.inventories();
  }

  /** The inventory of the given year, or the latest one when {@code year} is null. */
  GhgInventory inventory(@Nullable Integer year) {
    List<GhgInventory> all = inventories();
    if (all.isEmpty()) {
      throw new NoResultException("The workspace has no inventory");
    }
    if (year == null) {
      return all.get(all.size() - 1);
    }
    return all.stream().filter(i -> i.period().year().getValue() == year).findFirst()
        .orElseThrow(() -> new NoResultException("The workspace has no inventory of " + year
            + "; it has " + all.stream().map(i -> i.period().toString()).toList()));
  }

  Optional<GhgInventory> previous(GhgInventory inventory) {
    GhgInventory before = null;
    for (GhgInventory i : inventories()) {
      if (i.period().compareTo(inventory.period()) < 0) {
        before = i;
      }
    }
    return Optional.ofNullable(before);
  }

  Optional<Baseline> baseline() {
    return workspace.currentBaseline();
  }

  Optional<CarbonNeutralityTarget> target() {
    return workspace.currentTarget();
  }

  /** The categories the target covers, or all six without a target. */
  Set<EmissionCategory> covered() {
    return target().map(t -> (Set<EmissionCategory>) EnumSet.copyOf(t.coveredCategories()))
        .orElse(EnumSet.allOf(EmissionCategory.class));
  }

  /** Net emissions of the covered categories of an inventory. */
  Co2e coveredNet(GhgInventory inventory) {
    Set<EmissionCategory> c = covered();
    return inventory.emissionsOf(c).minus(inventory.removalsOf(c));
  }

  /** The progress report of the current target, if there is a target and its baseline. */
  Optional<ProgressReport> progressReport() {
    if (progressReport == null) {
      Optional<CarbonNeutralityTarget> t = target();
      Optional<Baseline> b = baseline();
      if (t.isEmpty() || b.isEmpty()) {
        progressReport = Optional.empty();
      } else {
        int y0 = b.get().span().year().getValue();
        List<GhgInventory> after = inventories().stream()
            .filter(i -> i.period().year().getValue() >= y0).toList();
        progressReport = after.isEmpty() ? Optional.empty()
            : Optional.of(progress.step("assessing progress towards " + t.get().id(),
                () -> progressCalculator.assess(t.get(), b.get(), after),
                r -> r.progress().size() + " targets"));
      }
    }
    return progressReport;
  }

  /**
   * The least-squares trend of the covered categories' net emissions, projected to the vision
   * year, and the year it reaches zero.
   */
  Optional<Projection> trend() {
    if (trend == null) {
      List<GhgInventory> covered = new ArrayList<>();
      Set<EmissionCategory> c = covered();
      for (GhgInventory i : inventories()) {
        List<InventoryLine> lines = i.lines().stream().filter(l -> c.contains(l.category()))
            .toList();
        covered.add(GhgInventory.builder().id(i.id()).period(i.period()).gwpSet(i.gwpSet())
            .addAllLines(lines).build());
      }
      int last = covered.isEmpty() ? 0
          : covered.get(covered.size() - 1).period().year().getValue();
      int horizon = Math.max(last + 1, target().map(CarbonNeutralityTarget::visionYear)
          .orElse(last + 10));
      trend = covered.size() < 2 ? Optional.empty()
          : Optional.of(progressCalculator.linearTrend(covered, horizon, Co2e.ZERO));
    }
    return trend;
  }

  /** The claim the ledger records retirements for in the period, or a claim id of its own. */
  String claimId(ReportingPeriod period) {
    if (period.isCalendarYear()) {
      String named = workspace.neutralityClaims().get(period.year().getValue());
      if (named != null) {
        return named;
      }
    }
    Ledger ledger = workspace.ledger();
    for (String id : ledger.claimIds()) {
      for (Retirement r : ledger.retirementsFor(id)) {
        if (r.claimPeriod().equals(period)) {
          return id;
        }
      }
    }
    return "CLAIM-" + period;
  }

  /** The neutrality balance of the latest inventory's period. */
  NeutralityBalance balance() {
    if (balance == null) {
      GhgInventory latest = inventory(null);
      String claim = claimId(latest.period());
      balance = progress.step("balancing " + latest.period() + " against ledger ("
              + workspace.ledger().size() + " events)",
          () -> target().isPresent()
              ? NeutralityBalance.of(claim, latest.period(), target().get(), latest,
                  workspace.ledger(), EligibilityPolicy.anyOutsideBoundary())
              : NeutralityBalance.of(claim, latest.period(), covered(), latest,
                  workspace.ledger(), EligibilityPolicy.anyOutsideBoundary()),
          b -> b.unitsCounted() + " units counted, " + b.refused().size() + " refused");
    }
    return balance;
  }

  /** The conformity assessment of the system on the workspace's assessment date. */
  AssessmentReport conformity() {
    if (conformity == null) {
      ConformityAssessment assessment = progress.step("discovering conformity rules",
          ConformityAssessment::discover, a -> a.rules().size() + " rules");
      AssessmentContext context = workspace.assessmentContext();
      conformity = progress.step("assessing " + workspace.system().records().size()
              + " records as of " + workspace.assessmentDate(),
          () -> assessment.assess(context),
          r -> r.findings().size() + " findings, " + r.nonconformities().size()
              + " nonconformities");
    }
    return conformity;
  }

  /** The calculation results of the activity data of a year, with their traces. */
  List<CalculationResult> results(ReportingPeriod period) {
    return results.computeIfAbsent(period, p -> {
      List<ActivityRecord> records;
      try (java.util.stream.Stream<ActivityRecord> all = workspace.activityStream()) {
        records = all.filter(r -> p.encloses(r.period())).toList();
      }
      return records.isEmpty() ? List.of()
          : progress.step("tracing " + records.size() + " activity records of " + p,
              () -> records.stream().map(workspace::calculate).toList(),
              r -> r.size() + " results");
    });
  }

  /** An intensity of one indicator in one inventory's year, if its denominator is given. */
  Optional<Intensity> intensity(PerformanceIndicator indicator, GhgInventory inventory) {
    if (indicator.denominator().isEmpty()) {
      return Optional.empty();
    }
    Optional<Amount> d = denominators.of(indicator.id(), inventory.period().year().getValue());
    return d.map(a -> indicatorCalculator.intensity(inventory, a));
  }

  /** The intensity indicators of the system: those with a denominator. */
  List<PerformanceIndicator> intensityIndicators() {
    return workspace.system().indicators().stream()
        .filter(i -> i.denominator().isPresent() && i.kind().name().startsWith("INTENSITY"))
        .toList();
  }

  IndicatorCalculator indicatorCalculator() {
    return indicatorCalculator;
  }

  /** A result that cannot be computed from the workspace (no inventory of a year, …). */
  static final class NoResultException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoResultException(String message) {
      super(message);
    }
  }
}
