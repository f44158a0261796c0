// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import static org.cnms.assets.testing.BasicGen.*;
import static org.cnms.core.testing.CoreGen.lists;
import static org.cnms.core.testing.CoreGen.optionals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cnms.assets.ledger.LedgerGen;
import org.cnms.assets.unit.UnitGen;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of eligibility policies, claimed and refused units, balances, claims and findings. */
public final class NeutralityGen {

  private NeutralityGen() {}

  private static Gen<String> registries() {
    return Generate.pick(List.of("CN-ETS", "CCER-NCSC", "Verra"));
  }

  /** Non-negative CO₂e masses, scale kept. */
  public static Gen<Co2e> co2e() {
    return decimals().map(t -> Co2e.tonnes(t));
  }

  /**
   * Policies with and without allowed types and vintage limits (earliest never after latest),
   * the flags set either way or left at their defaults.
   */
  public static Gen<EligibilityPolicy> policies() {
    return in -> {
      EligibilityPolicy.Builder b = EligibilityPolicy.builder()
          .addAllAllowedTypes(lists(UnitGen.types(), 0, 3).generate(in));
      int from = years().generate(in);
      int to = from + Generate.range(0, 10).generate(in);
      if (Generate.booleans().generate(in)) {
        b.earliestVintage(from);
      }
      if (Generate.booleans().generate(in)) {
        b.latestVintage(to);
      }
      optionals(Generate.booleans()).generate(in).ifPresent(b::outsideBoundaryOnly);
      optionals(Generate.booleans()).generate(in).ifPresent(b::exPostOnly);
      return b.build();
    };
  }

  /** Units a claim names. */
  public static Gen<ClaimedUnits> claimedUnits() {
    return registries().zip(UnitGen.ranges(), ClaimedUnits::of);
  }

  /** Units a balance refuses, with a reason. */
  public static Gen<RefusedUnits> refusedUnits() {
    return in -> RefusedUnits.builder().registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).reason(texts().generate(in)).build();
  }

  /** Findings, satisfied or not. */
  public static Gen<ClaimFinding> findings() {
    return in -> ClaimFinding.of(Generate.pick(List.of("BALANCE", "OUTSIDE_BOUNDARY",
        "EX_POST_ONLY", "RETIRED_IN_TIME")).generate(in), Generate.booleans().generate(in),
        texts().generate(in));
  }

  /** Assessments with none to several findings. */
  public static Gen<ClaimAssessment> assessments() {
    return in -> ClaimAssessment.builder()
        .ruleSet(Generate.pick(List.of("T/CAS 612-2022", "ISO 14068-1:2023", "PAS 2060"))
            .generate(in))
        .claimId(ids().generate(in)).addAllFindings(lists(findings(), 0, 5).generate(in))
        .build();
  }

  /** Balances with one to all categories covered, with and without counted and refused units. */
  public static Gen<NeutralityBalance> balances() {
    Gen<Set<EmissionCategory>> categories = lists(
        Generate.enumValues(EmissionCategory.class), 1, 4).map(l -> new LinkedHashSet<>(l));
    return in -> NeutralityBalance.builder().claimId(ids().generate(in))
        .period(periods().generate(in)).addAllCoveredCategories(categories.generate(in))
        .grossEmissions(co2e().generate(in)).removals(co2e().generate(in))
        .addAllCounted(lists(LedgerGen.retirements(), 0, 3).generate(in))
        .addAllRefused(lists(refusedUnits(), 0, 3).generate(in)).build();
  }

  /**
   * Claims with and without reduction measures and previous-period emissions, the first-period
   * flag set either way or left at its default.
   */
  public static Gen<NeutralityClaim> claims() {
    return in -> {
      NeutralityClaim.Builder b = NeutralityClaim.builder().balance(balances().generate(in))
          .addAllReductionMeasures(lists(texts(), 0, 3).generate(in))
          .previousPeriodEmissions(optionals(co2e()).generate(in));
      optionals(Generate.booleans()).generate(in).ifPresent(b::firstClaimPeriod);
      return b.build();
    };
  }
}
