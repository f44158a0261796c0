// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of uncertainty and significance values. */
public final class UncertaintyGen {

  private UncertaintyGen() {}

  static Gen<BigDecimal> decimals() {
    return Generate.longRange(0, 99_999_999L).zip(Generate.range(0, 6), BigDecimal::valueOf);
  }

  static Gen<BigDecimal> percents() {
    return Generate.range(0, 20_000).map(n -> BigDecimal.valueOf(n, 2));
  }

  static Gen<ReportingPeriod> years() {
    return Generate.range(2000, 2060).map(ReportingPeriod::calendarYear);
  }

  static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return gen.toOptionals(50);
  }

  static <T> Gen<List<T>> lists(Gen<T> gen, int min, int max) {
    return in -> {
      int n = Generate.range(min, max).generate(in);
      List<T> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(gen.generate(in));
      }
      return list;
    };
  }

  public static Gen<UncertaintyInput> inputs() {
    return in -> UncertaintyInput.builder()
        .sourceId("src-" + Generate.range(0, 999).generate(in))
        .gas(optionals(Generate.enumValues(GreenhouseGas.class)).generate(in))
        .activityUncertainty(percents().generate(in))
        .factorUncertainty(percents().generate(in))
        .distribution(Generate.enumValues(Distribution.class).generate(in))
        .build();
  }

  public static Gen<LineUncertainty> lineUncertainties() {
    return in -> LineUncertainty.builder()
        .sourceId("src-" + Generate.range(0, 999).generate(in))
        .gas(Generate.enumValues(GreenhouseGas.class).generate(in))
        .category(Generate.enumValues(EmissionCategory.class).generate(in))
        .emissions(Co2e.tonnes(decimals().generate(in)))
        .activityUncertainty(percents().generate(in))
        .factorUncertainty(percents().generate(in))
        .combinedUncertainty(percents().generate(in))
        .build();
  }

  public static Gen<PropagatedUncertainty> propagated() {
    return in -> PropagatedUncertainty.builder()
        .inventoryId("inv-" + Generate.range(0, 99).generate(in))
        .period(years().generate(in))
        .addAllLines(lists(lineUncertainties(), 0, 4).generate(in))
        .totalEmissions(Co2e.tonnes(decimals().generate(in)))
        .absoluteUncertainty(Co2e.tonnes(decimals().generate(in)))
        .totalUncertainty(optionals(percents()).generate(in))
        .precision(Generate.range(1, 34).generate(in))
        .roundingMode(Generate.enumValues(RoundingMode.class).generate(in))
        .build();
  }

  public static Gen<MonteCarloResult> monteCarloResults() {
    return in -> {
      BigDecimal lower = decimals().generate(in);
      return MonteCarloResult.builder()
          .inventoryId("inv-" + Generate.range(0, 99).generate(in))
          .period(years().generate(in))
          .seed(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in))
          .iterations(Generate.range(1, 100_000).generate(in))
          .totalEmissions(Co2e.tonnes(decimals().generate(in)))
          .mean(Co2e.tonnes(decimals().generate(in)))
          .lower(Co2e.tonnes(lower))
          .upper(Co2e.tonnes(lower.add(decimals().generate(in))))
          .precision(Generate.range(1, 34).generate(in))
          .roundingMode(Generate.enumValues(RoundingMode.class).generate(in))
          .build();
    };
  }

  public static Gen<CriterionRating> ratings() {
    return in -> CriterionRating.builder()
        .criterion(Generate.enumValues(SignificanceCriterion.class).generate(in))
        .score(Generate.range(0, 5).generate(in))
        .note(optionals(Generate.pick(List.of("供应商数据", "sector guide", "<&>"))).generate(in))
        .build();
  }

  public static Gen<SignificanceMethod> methods() {
    return in -> {
      SignificanceMethod.Builder b = SignificanceMethod.builder()
          .scoreThreshold(BigDecimal.valueOf(Generate.range(0, 50).generate(in), 1))
          .magnitudeThreshold(BigDecimal.valueOf(Generate.range(1, 10_000).generate(in), 2));
      for (SignificanceCriterion c : SignificanceCriterion.values()) {
        if (Generate.booleans().generate(in)) {
          b.putWeight(c, BigDecimal.valueOf(Generate.range(0, 300).generate(in), 2));
        }
      }
      if (Generate.booleans().generate(in)) {
        b.precision(Generate.range(1, 34).generate(in))
            .roundingMode(Generate.pick(List.of(RoundingMode.HALF_EVEN, RoundingMode.UP,
                RoundingMode.DOWN, RoundingMode.HALF_UP)).generate(in));
      }
      return b.build();
    };
  }

  /** Assessments of distinct indirect categories, made by the method. */
  public static Gen<SignificanceScreening> screenings() {
    return in -> {
      SignificanceMethod method = methods().generate(in);
      SignificanceScreening.Builder b = SignificanceScreening.builder().method(method);
      for (EmissionCategory c : EmissionCategory.values()) {
        if (c.isIndirect() && Generate.booleans().generate(in)) {
          List<CriterionRating> ratings = new ArrayList<>();
          for (SignificanceCriterion k : SignificanceCriterion.values()) {
            if (ratings.isEmpty() || Generate.booleans().generate(in)) {
              ratings.add(CriterionRating.of(k, Generate.range(0, 5).generate(in)));
            }
          }
          SignificanceMethod usable = method.withWeights(java.util.Map.of());
          b.addAssessment(usable.assess(c, ratings,
              optionals(decimals().map(Co2e::tonnes)).generate(in), Co2e.tonnes("1234.5"),
              "rationale " + c.code()));
        }
      }
      return b.build();
    };
  }
}
