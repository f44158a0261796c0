// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.cnms.core.testing.CoreGen.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.Scope3Category;
import org.cnms.core.testing.EnumGen;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.core.Gen;

/** Generators of the source and sink register, methods, GHG review and inventory (6.2, 6.3). */
public final class InventoryGen {

  private InventoryGen() {}

  public static Gen<InventoryLine> lines() {
    return in -> {
      LineKind kind = enums(LineKind.class).generate(in);
      return InventoryLine.builder()
          .sourceId(ids().generate(in))
          .facilityId(ids().generate(in))
          .category(categories().generate(in))
          .gas(kind == LineKind.BIOGENIC_CO2 ? org.cnms.core.ghg.GreenhouseGas.CO2
              : gases().generate(in))
          .kind(kind)
          .gasTonnes(decimals().generate(in))
          .co2e(Co2e.tonnes(decimals().generate(in)))
          .build();
    };
  }

  public static Gen<GhgInventory> inventories() {
    return in -> GhgInventory.builder()
        .id(ids().generate(in))
        .period(periods().generate(in))
        .gwpSet(org.quicktheories.generators.Generate.pick(java.util.List.of("SAR", "AR5", "AR6"))
            .generate(in))
        .factorLibraryVersion(optionals(ids()).generate(in))
        .addAllLines(numbered("s", 0, 6, (id, r) -> lines().generate(r).withSourceId(id))
            .generate(in))
        .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
        .build();
  }

  public static Gen<GhgSource> sources() {
    return in -> {
      EmissionCategory category = categories().generate(in);
      List<Scope3Category> covered = new ArrayList<>(category.scope3Categories());
      boolean excluded = booleans().generate(in);
      GhgSource.Builder b = GhgSource.builder()
          .id(ids().generate(in))
          .name(texts().generate(in))
          .facilityId("f-" + ids().generate(in))
          .category(category)
          .kind(enums(GhgSourceKind.class).generate(in))
          .addAllGases(EnumGen.distinct(GreenhouseGas.class, 1).generate(in))
          .methodId("m-" + ids().generate(in))
          .ownerPersonId(optionals(ids()).generate(in))
          .significant(booleans().generate(in))
          .description(optionals(texts()).generate(in));
      if (!covered.isEmpty()) {
        b.scope3Category(optionals(Generate.pick(covered)).generate(in));
      }
      if (excluded) {
        b.excluded(true).exclusionJustification(texts().generate(in));
      } else if (booleans().generate(in)) {
        b.excluded(false);
      }
      return b.build();
    };
  }

  public static Gen<GhgSink> sinks() {
    return in -> GhgSink.builder()
        .id(ids().generate(in))
        .name(texts().generate(in))
        .facilityId("f-" + ids().generate(in))
        .kind(enums(GhgSinkKind.class).generate(in))
        .methodId("m-" + ids().generate(in))
        .area(optionals(decimals().zip(Generate.pick(List.of("ha", "m2")),
            (v, u) -> Amount.of(v, MeasureUnit.parse(u)))).generate(in))
        .ownerPersonId(optionals(ids()).generate(in))
        .build();
  }

  public static Gen<CategoryStatement> categoryStatements() {
    return categories().zip(texts(), CategoryStatement::of);
  }

  public static Gen<QuantificationMethod> methods() {
    return in -> QuantificationMethod.builder()
        .id(ids().generate(in))
        .name(texts().generate(in))
        .approach(enums(QuantificationApproach.class).generate(in))
        .formula(Generate.pick(List.of("E = AD × EF", "E = AD × NCV × CC × OF × 44/12",
            "E = Σ(ΔStock + Purchased − Disposed) × GWP")).generate(in))
        .addAllParameters(lists(texts(), 0, 4).generate(in))
        .factorSource(texts().generate(in))
        .selectionRationale(optionals(texts()).generate(in))
        .standardReference(optionals(Generate.pick(List.of("GB/T 32150—2015",
            "GB/T 32150—2025", "ISO 14064-1:2018"))).generate(in))
        .documentedOn(dates().generate(in))
        .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in))
        .build();
  }

  public static Gen<YearLevel> yearLevels() {
    return in -> yearLevel(years().generate(in), in);
  }

  static YearLevel yearLevel(int year, RandomnessSource in) {
    return YearLevel.builder()
        .year(year)
        .emissions(co2e().generate(in))
        .removals(co2e().generate(in))
        .intensity(optionals(amounts()).generate(in))
        .build();
  }

  public static Gen<SourceReview> sourceReviews() {
    return in -> sourceReview(ids().generate(in), in);
  }

  static SourceReview sourceReview(String sourceId, RandomnessSource in) {
    return SourceReview.builder()
        .sourceId(sourceId)
        .addAllRelevantVariables(lists(texts(), 0, 3).generate(in))
        .currentLevel(optionals(co2e()).generate(in))
        .addAllInfluencerPersonIds(numbered("p", 0, 3, (id, r) -> id).generate(in))
        .build();
  }

  public static Gen<ImprovementOpportunity> opportunities() {
    return in -> opportunity(ids().generate(in), Generate.range(1, 50).generate(in), in);
  }

  static ImprovementOpportunity opportunity(String id, int rank, RandomnessSource in) {
    return ImprovementOpportunity.builder()
        .id(id)
        .description(texts().generate(in))
        .addAllSourceIds(numbered("s", 0, 3, (s, r) -> s).generate(in))
        .expectedReduction(optionals(co2e()).generate(in))
        .rank(rank)
        .build();
  }

  public static Gen<Projection> projections() {
    return in -> projection(years().generate(in), in);
  }

  static Projection projection(int year, RandomnessSource in) {
    return Projection.builder()
        .year(year)
        .emissions(co2e().generate(in))
        .removals(optionals(co2e()).generate(in))
        .assumptions(texts().generate(in))
        .build();
  }

  public static Gen<GhgReview> reviews() {
    return in -> {
      LocalDate reviewedOn = dates().generate(in);
      int year = years().generate(in);
      GhgReview.Builder b = GhgReview.builder()
          .id(ids().generate(in))
          .period(periods().generate(in))
          .inventoryId("inv-" + ids().generate(in))
          .completenessConfirmed(booleans().generate(in))
          .addAllSourceReviews(numbered("s", 0, 4, InventoryGen::sourceReview).generate(in))
          .reviewedOn(reviewedOn)
          .nextReviewDue(optionals(Generate.range(0, 800).map(n -> reviewedOn.plusDays(n)))
              .generate(in));
      int levels = Generate.range(0, 4).generate(in);
      for (int i = 0; i < levels; i++) {
        b.addHistoricalLevel(yearLevel(year - i, in));
      }
      int projections = Generate.range(0, 3).generate(in);
      for (int i = 1; i <= projections; i++) {
        b.addProjection(projection(year + i, in));
      }
      // ranks 1..n, rotated so that list order and rank order differ
      int opportunities = Generate.range(0, 4).generate(in);
      int shift = Generate.range(0, 3).generate(in);
      for (int i = 0; i < opportunities; i++) {
        b.addOpportunity(opportunity("io-" + i, (i + shift) % opportunities + 1, in));
      }
      return b.build();
    };
  }
}
