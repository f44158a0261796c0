// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import static org.cnms.core.testing.CoreGen.*;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** Generators of the records of clause 8. */
public final class OperationGen {

  private OperationGen() {}

  /** Lists of 0–3 distinct ids with the given prefix. */
  static Gen<List<String>> idList(String prefix) {
    return numbered(prefix, 0, 3, (id, r) -> id);
  }

  public static Gen<OperationalCriterion> operationalCriteria() {
    return in -> {
      List<String> sources = idList("src").generate(in);
      List<String> sinks = idList("sink").generate(in);
      if (sources.isEmpty() && sinks.isEmpty()) {
        sources = List.of(ids().generate(in));
      }
      return OperationalCriterion.builder()
          .id(ids().generate(in))
          .addAllSourceIds(sources)
          .addAllSinkIds(sinks)
          .kind(enums(OperationalCriterionKind.class).generate(in))
          .criterion(texts().generate(in))
          .limit(optionals(amounts()).generate(in))
          .recordsKept(optionals(texts()).generate(in))
          .effectiveFrom(dates().generate(in))
          .build();
    };
  }

  public static Gen<OutsourcedProcessControl> outsourcedProcessControls() {
    return in -> OutsourcedProcessControl.builder()
        .id(ids().generate(in))
        .process(texts().generate(in))
        .contractor(texts().generate(in))
        .organisationDuties(optionals(texts()).generate(in))
        .contractorDuties(optionals(texts()).generate(in))
        .operatingRequirements(optionals(texts()).generate(in))
        .reductionRequirements(optionals(texts()).generate(in))
        .addAllSourceIds(idList("src").generate(in))
        .reviewedOn(optionals(dates()).generate(in))
        .build();
  }

  public static Gen<DesignReview> designReviews() {
    return in -> DesignReview.builder()
        .id(ids().generate(in))
        .subject(texts().generate(in))
        .kind(enums(DesignReviewKind.class).generate(in))
        .reviewedOn(dates().generate(in))
        .addAllOpportunitiesConsidered(lists(texts(), 0, 3).generate(in))
        .ecoDesign(optionals(texts()).generate(in))
        .expectedReduction(optionals(signedDecimals().map(org.cnms.core.ghg.Co2e::tonnes))
            .generate(in))
        .decision(texts().generate(in))
        .build();
  }

  public static Gen<ProcurementCriterion> procurementCriteria() {
    return in -> ProcurementCriterion.builder()
        .id(ids().generate(in))
        .subject(enums(ProcurementSubject.class).generate(in))
        .criterion(texts().generate(in))
        .threshold(optionals(amounts()).generate(in))
        .effectiveFrom(dates().generate(in))
        .build();
  }

  public static Gen<SupplierNotice> supplierNotices() {
    return in -> SupplierNotice.builder()
        .id(ids().generate(in))
        .supplier(texts().generate(in))
        .notifiedOn(dates().generate(in))
        .content(texts().generate(in))
        .addAllCriterionIds(idList("pc").generate(in))
        .build();
  }

  public static Gen<ChangeRecord> changeRecords() {
    return in -> {
      java.time.LocalDate changedOn = dates().generate(in);
      Optional<ChangeVerification> verification = optionals(
          org.quicktheories.generators.Generate.range(0, 400)).generate(in)
          .map(days -> ChangeVerification.of(changedOn.plusDays(days), texts().generate(in),
              booleans().generate(in)));
      Optional<ConsequenceReview> consequenceReview = optionals(
          org.quicktheories.generators.Generate.range(0, 400)).generate(in)
          .map(days -> ConsequenceReview.builder().reviewedOn(changedOn.plusDays(days))
              .consequences(texts().generate(in)).actionNeeded(booleans().generate(in))
              .actions(optionals(texts()).generate(in))
              .addAllUpdatedCriterionIds(idList("oc").generate(in)).build());
      return ChangeRecord.builder()
          .id(ids().generate(in))
          .kind(optionals(enums(ChangeKind.class)).generate(in))
          .planned(booleans().generate(in))
          .description(texts().generate(in))
          .changedOn(changedOn)
          .verification(verification)
          .consequenceReview(consequenceReview)
          .baselineRecalculationId(optionals(ids()).generate(in))
          .addAllAffectedSourceIds(idList("src").generate(in))
          .build();
    };
  }
}
