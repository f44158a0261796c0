// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.cnms.core.testing.CoreGen.*;

import java.util.List;
import java.util.Optional;
import org.cnms.core.Approval;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.testing.EnumGen;
import org.cnms.core.units.MeasureUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the records of clauses 6.4 to 6.6. */
public final class PerformanceGen {

  private PerformanceGen() {}

  private static final Gen<String> GWP_SETS = Generate.pick(List.of("SAR", "AR4", "AR5", "AR6"));

  public static Gen<RecalculationPolicy> recalculationPolicies() {
    return in -> {
      RecalculationPolicy.Builder b = RecalculationPolicy.builder();
      if (booleans().generate(in)) {
        b.significanceThresholdPercent(Generate.range(0, 10_000).map(
            n -> java.math.BigDecimal.valueOf(n, 2)).generate(in));
      }
      return b.addAllTriggers(EnumGen.distinct(RecalculationTrigger.class, 0).generate(in))
          .build();
    };
  }

  /** One base year or part of a year, or two to four consecutive calendar years. */
  public static Gen<List<ReportingPeriod>> basePeriods() {
    Gen<List<ReportingPeriod>> single = dates().zip(Generate.range(0, 365),
        (d, n) -> List.of(ReportingPeriod.of(d, d.plusDays(n))));
    Gen<List<ReportingPeriod>> averaged = years().zip(Generate.range(2, 4), (y, n) -> {
      List<ReportingPeriod> ps = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        ps.add(ReportingPeriod.calendarYear(y + i));
      }
      return ps;
    });
    return single.mix(averaged);
  }

  public static Gen<Baseline> baselines() {
    return in -> {
      Baseline.Builder b = Baseline.builder()
          .id(ids().generate(in))
          .addAllPeriods(basePeriods().generate(in))
          .emissions(co2e().generate(in))
          .removals(co2e().generate(in))
          .addAllInventoryIds(numbered("inv", 0, 3, (id, r) -> id).generate(in))
          .selectionCriteria(texts().generate(in))
          .establishedOn(dates().generate(in))
          .gwpSet(GWP_SETS.generate(in));
      for (EmissionCategory c : EnumGen.distinct(EmissionCategory.class, 0).generate(in)) {
        b.putEmissionsByCategory(c, co2e().generate(in));
      }
      if (booleans().generate(in)) {
        b.recalculationPolicy(recalculationPolicies().generate(in));
      }
      if (booleans().generate(in)) {
        b.supersedes("old-" + ids().generate(in));
        b.recalculationId(optionals(ids().map(s -> "rc-" + s)).generate(in));
      }
      return b.build();
    };
  }

  public static Gen<BaselineRecalculation> baselineRecalculations() {
    return in -> BaselineRecalculation.builder()
        .id(ids().generate(in))
        .baselineId("bl-" + ids().generate(in))
        .newBaselineId(optionals(ids().map(s -> "new-" + s)).generate(in))
        .trigger(enums(RecalculationTrigger.class).generate(in))
        .description(texts().generate(in))
        .previousEmissions(co2e().generate(in))
        .recalculatedEmissions(co2e().generate(in))
        .shiftPercent(signedDecimals().generate(in))
        .thresholdPercent(percentages().generate(in))
        .recalculationRequired(booleans().generate(in))
        .decidedOn(dates().generate(in))
        .build();
  }

  public static Gen<PhasedTarget> phasedTargets() {
    return in -> phasedTarget(ids().generate(in), years().generate(in), in);
  }

  static PhasedTarget phasedTarget(String id, int year, RandomnessSource in) {
    PhasedTargetKind kind = enums(PhasedTargetKind.class).generate(in);
    PhasedTarget.Builder b = PhasedTarget.builder()
        .id(id)
        .year(year)
        .kind(kind)
        .description(texts().generate(in));
    if (kind.isPercent()) {
      b.value(percentages().generate(in));
    } else if (kind.hasValue()) {
      b.value(decimals().generate(in));
    }
    if (kind == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT) {
      b.indicatorId("pi-" + ids().generate(in));
    }
    return b.build();
  }

  public static Gen<CarbonNeutralityTarget> carbonNeutralityTargets() {
    return in -> {
      int vision = Generate.range(2030, 2070).generate(in);
      java.time.LocalDate setOn = dates().generate(in);
      return CarbonNeutralityTarget.builder()
          .id(ids().generate(in))
          .visionYear(vision)
          .addAllPhasedTargets(numbered("pt", 0, 4, (id, r) ->
              phasedTarget(id, Generate.range(2020, vision - 1).generate(r), r)).generate(in))
          .addAllCoveredCategories(EnumGen.distinct(EmissionCategory.class, 1).generate(in))
          .addAllMeans(EnumGen.distinct(NeutralityMeans.class, 0).generate(in))
          .baselineId("bl-" + ids().generate(in))
          .setOn(setOn)
          .communicatedOn(optionals(Generate.range(0, 400).map(n -> setOn.plusDays(n)))
              .generate(in))
          .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
          .build();
    };
  }

  public static Gen<GhgTarget> ghgTargets() {
    return in -> {
      TargetLevel level = enums(TargetLevel.class).generate(in);
      GhgTarget.Builder b = GhgTarget.builder()
          .id(ids().generate(in))
          .phasedTargetId("pt-" + ids().generate(in))
          .level(level)
          .kind(enums(GhgTargetKind.class).generate(in))
          .addAllCategories(EnumGen.distinct(EmissionCategory.class, 0).generate(in))
          .targetYear(years().generate(in))
          .communicatedOn(optionals(dates()).generate(in))
          .description(optionals(texts()).generate(in));
      if (level == TargetLevel.FACILITY) {
        b.facilityId("f-" + ids().generate(in));
      } else if (level != TargetLevel.ORGANISATION) {
        b.facilityId(optionals(ids().map(s -> "f-" + s)).generate(in));
      }
      if (booleans().generate(in)) {
        b.targetValue(co2e().generate(in));
      } else {
        b.reductionPercent(percentages().generate(in));
      }
      return b.build();
    };
  }

  private static final Gen<MeasureUnit> CO2E_UNITS = Generate.pick(List.of(
      MeasureUnit.parse("tCO2e"), MeasureUnit.parse("kgCO2e")));

  public static Gen<IndicatorDenominator> denominators() {
    return texts().zip(units(), IndicatorDenominator::of);
  }

  public static Gen<PerformanceIndicator> performanceIndicators() {
    return in -> {
      IndicatorKind kind = enums(IndicatorKind.class).generate(in);
      PerformanceIndicator.Builder b = PerformanceIndicator.builder()
          .id(ids().generate(in))
          .name(texts().generate(in))
          .kind(kind)
          .unit(kind == IndicatorKind.OTHER ? units().generate(in) : CO2E_UNITS.generate(in))
          .facilityId(kind == IndicatorKind.FACILITY_EMISSIONS
              ? Optional.of("f-" + ids().generate(in))
              : optionals(ids().map(s -> "f-" + s)).generate(in))
          .productId(kind == IndicatorKind.PRODUCT_FOOTPRINT
              ? Optional.of("p-" + ids().generate(in))
              : optionals(ids().map(s -> "p-" + s)).generate(in))
          .category(kind == IndicatorKind.CATEGORY_EMISSIONS
              ? Optional.of(categories().generate(in)) : optionals(categories()).generate(in))
          .methodDescription(texts().generate(in))
          .addAllRelevantVariables(lists(texts(), 0, 3).generate(in));
      if (kind == IndicatorKind.INTENSITY_PER_OUTPUT_VALUE) {
        b.denominator(IndicatorDenominator.of(texts().generate(in),
            Generate.pick(List.of(MeasureUnit.parse("CNY"), MeasureUnit.parse("1e4CNY")))
                .generate(in)));
      } else if (kind.needsDenominator()) {
        b.denominator(denominators().generate(in));
      } else if (kind.allowsDenominator()) {
        b.denominator(optionals(denominators()).generate(in));
      }
      return b.build();
    };
  }

  public static Gen<ActionPlan> actionPlans() {
    return in -> ActionPlan.builder()
        .id(ids().generate(in))
        .addAllGhgTargetIds(numbered("gt", 0, 3, (id, r) -> id).generate(in))
        .measure(java.util.Optional.of(enums(ActionMeasure.class).generate(in)))
        .title(texts().generate(in))
        .description(optionals(texts()).generate(in))
        .resources(optionals(texts()).generate(in))
        .responsible(optionals(ids()).generate(in))
        .dueDate(optionals(dates()).generate(in))
        .verificationMethod(optionals(texts()).generate(in))
        .expectedReduction(optionals(co2e()).generate(in))
        .approval(optionals(ids().zip(dates(), Approval::of)).generate(in))
        .status(enums(ActionStatus.class).generate(in))
        .build();
  }
}
