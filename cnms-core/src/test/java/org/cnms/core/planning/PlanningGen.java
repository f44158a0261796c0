// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import static org.cnms.core.testing.CoreGen.*;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.leadership.LeadershipGen;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the records of clauses 6.1, 6.7 and 6.8, and of effectiveness evaluations. */
public final class PlanningGen {

  private PlanningGen() {}

  /** Effectiveness evaluations, with and without an evaluator. */
  public static Gen<EffectivenessEvaluation> effectivenessEvaluations() {
    return in -> EffectivenessEvaluation.builder()
        .evaluatedOn(dates().generate(in))
        .effective(booleans().generate(in))
        .notes(texts().generate(in))
        .evaluatedBy(optionals(ids()).generate(in))
        .build();
  }

  private static Gen<List<String>> idLists(String prefix, int min, int max) {
    return numbered(prefix, min, max, (id, in) -> id);
  }

  public static Gen<RiskOrOpportunity> risksAndOpportunities() {
    return in -> RiskOrOpportunity.builder()
        .id(ids().generate(in))
        .kind(enums(RiskKind.class).generate(in))
        .description(texts().generate(in))
        .addAllRelatedFactorIds(idLists("ci", 0, 3).generate(in))
        .addAllRelatedPartyIds(idLists("party", 0, 3).generate(in))
        .rating(optionals(enums(RiskRating.class)).generate(in))
        .toBeAddressed(Generate.booleans().generate(in))
        .addAllPurposes(LeadershipGen.subsets(RiskPurpose.class).generate(in))
        .identifiedOn(dates().generate(in))
        .build();
  }

  public static Gen<RiskAction> riskActions() {
    return in -> RiskAction.builder()
        .id(ids().generate(in))
        .addAllRiskOrOpportunityIds(idLists("ro", 1, 3).generate(in))
        .description(texts().generate(in))
        .approach(enums(ActionApproach.class).generate(in))
        .process(optionals(texts()).generate(in))
        .addAllConsiderations(LeadershipGen.subsets(ActionConsideration.class).generate(in))
        .ownerPersonId(ids().generate(in))
        .dueDate(dates().generate(in))
        .evaluationMethod(optionals(texts()).generate(in))
        .effectivenessEvaluation(optionals(effectivenessEvaluations()).generate(in))
        .build();
  }

  public static Gen<PlannedPurchase> plannedPurchases() {
    return in -> {
      LocalDate when = dates().generate(in);
      return PlannedPurchase.builder()
          .unitType(Generate.pick(List.of("CCER", "CEA", "VCU", "GS VER", "林业碳汇"))
              .generate(in))
          .year(when.getYear())
          .date(optionals(Generate.constant(when)).generate(in))
          .way(texts().generate(in))
          .purpose(enums(PurchasePurpose.class).generate(in))
          .quantity(optionals(Generate.longRange(1, 9_999_999_999L).zip(Generate.range(0, 4),
              (u, s) -> Co2e.tonnes(java.math.BigDecimal.valueOf(u, s)))).generate(in))
          .build();
    };
  }

  public static Gen<CarbonAssetPlan> carbonAssetPlans() {
    return in -> CarbonAssetPlan.builder()
        .id(ids().generate(in))
        .allowanceManagement(optionals(texts()).generate(in))
        .addAllPurchasedReductions(lists(plannedPurchases(), 0, 3).generate(in))
        .ownProjectRegistration(optionals(texts()).generate(in))
        .otherAssets(optionals(texts()).generate(in))
        .outsourcedTo(optionals(texts()).generate(in))
        .approval(optionals(LeadershipGen.approvals()).generate(in))
        .preparedOn(dates().generate(in))
        .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
        .build();
  }

  public static Gen<DataQualityItem> dataQualityItems() {
    return in -> dataQualityItem(ids().generate(in), in);
  }

  static DataQualityItem dataQualityItem(String id, RandomnessSource in) {
    CollectionMethod method = enums(CollectionMethod.class).generate(in);
    // an owner: a person, a role, or both
    int owner = Generate.range(0, 2).generate(in);
    return DataQualityItem.builder()
        .id(id)
        .dataItem(texts().generate(in))
        .addAllSourceIds(idLists("src", 0, 3).generate(in))
        .addAllIndicatorIds(idLists("pi", 0, 2).generate(in))
        .sourceOfData(texts().generate(in))
        .collectionMethod(method)
        .frequency(enums(CollectionFrequency.class).generate(in))
        .addAllMeterIds(idLists("meter", method == CollectionMethod.METERED ? 1 : 0, 3)
            .generate(in))
        .ownerPersonId(owner != 1 ? java.util.Optional.of(ids().generate(in))
            : java.util.Optional.empty())
        .ownerRoleId(owner != 0 ? java.util.Optional.of(ids().generate(in))
            : java.util.Optional.empty())
        .retentionYears(Generate.range(1, 30).generate(in))
        .build();
  }

  public static Gen<DataQualityPlan> dataQualityPlans() {
    return in -> DataQualityPlan.builder()
        .id(ids().generate(in))
        .addAllItems(numbered("dq", 0, 4, PlanningGen::dataQualityItem).generate(in))
        .preparedOn(dates().generate(in))
        .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
        .build();
  }
}
