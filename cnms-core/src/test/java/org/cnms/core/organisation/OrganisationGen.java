// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import static org.cnms.core.testing.CoreGen.*;

import org.quicktheories.core.Gen;

/** Generators of the records of clause 4.3. */
public final class OrganisationGen {

  private OrganisationGen() {}

  public static Gen<Organisation> organisations() {
    return in -> Organisation.builder()
        .id(ids().generate(in))
        .name(texts().generate(in))
        .nameEn(optionals(texts()).generate(in))
        .unifiedSocialCreditCode(optionals(
            org.quicktheories.generators.Generate.pick(java.util.List.of(
                "91320500MA1XXXXX0K", "913100007178885600"))).generate(in))
        .sector(texts().generate(in))
        .coveredByEts(booleans().generate(in))
        .build();
  }

  public static Gen<Facility> facilities() {
    return in -> facility(ids().generate(in), in);
  }

  static Facility facility(String id, org.quicktheories.core.RandomnessSource in) {
    return Facility.builder()
        .id(id)
        .name(texts().generate(in))
        .kind(enums(FacilityKind.class).generate(in))
        .address(optionals(texts()).generate(in))
        .province(optionals(texts()).generate(in))
        .gridRegion(optionals(texts()).generate(in))
        .build();
  }

  public static Gen<OrganisationalBoundary> boundaries() {
    return in -> {
      ConsolidationApproach approach = enums(ConsolidationApproach.class).generate(in);
      return OrganisationalBoundary.builder()
          .approach(approach)
          .addAllFacilities(numbered("f", 1, 4, (id, r) -> approach == ConsolidationApproach.EQUITY_SHARE
              ? BoundaryEntry.of(id, percentages().generate(r))
              : BoundaryEntry.of(id)).generate(in))
          .build();
    };
  }

  public static Gen<ScopeStatement> scopeStatements() {
    return in -> ScopeStatement.builder()
        .statement(texts().generate(in))
        .addAllActivities(lists(texts(), 0, 3).generate(in))
        .addAllExclusions(lists(texts().zip(texts(), ScopeExclusion::of), 0, 2).generate(in))
        .determinedOn(dates().generate(in))
        .build();
  }

  public static Gen<ReportingPeriod> reportingPeriods() {
    return periods();
  }
}
