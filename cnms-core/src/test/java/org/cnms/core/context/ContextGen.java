// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import static org.cnms.core.testing.CoreGen.*;

import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the records of clauses 4.1 and 4.2. */
public final class ContextGen {

  private ContextGen() {}

  /** Months for review and evaluation intervals: 1 to 36. */
  static Gen<Integer> months() {
    return Generate.range(1, 36);
  }

  public static Gen<ContextFactor> contextFactors() {
    return in -> {
      LocalDate identified = dates().generate(in);
      return ContextFactor.builder()
          .id(ids().generate(in))
          .kind(enums(FactorKind.class).generate(in))
          .topic(optionals(enums(FactorTopic.class)).generate(in))
          .description(texts().generate(in))
          .effect(optionals(texts()).generate(in))
          .obligationsEffect(optionals(texts()).generate(in))
          .identifiedOn(identified)
          .reviewedOn(optionals(Generate.range(0, 900).map(identified::plusDays)).generate(in))
          .build();
    };
  }

  public static Gen<PartyRequirement> partyRequirements() {
    return in -> partyRequirement(ids().generate(in), in);
  }

  static PartyRequirement partyRequirement(String id, RandomnessSource in) {
    return PartyRequirement.builder()
        .id(id)
        .description(texts().generate(in))
        .legal(booleans().generate(in))
        .complianceObligationId(optionals(ids()).generate(in))
        .notAdoptedReason(optionals(texts()).generate(in))
        .actionNeeded(optionals(booleans()).generate(in))
        .build();
  }

  public static Gen<InterestedParty> interestedParties() {
    return in -> {
      InterestedParty.Builder b = InterestedParty.builder()
          .id(ids().generate(in))
          .name(texts().generate(in))
          .kind(enums(PartyKind.class).generate(in))
          .addAllRequirements(numbered("req", 0, 4, ContextGen::partyRequirement).generate(in))
          .lastReviewedOn(optionals(dates()).generate(in));
      optionals(months()).generate(in).ifPresent(b::reviewIntervalMonths);
      return b.build();
    };
  }

  public static Gen<ComplianceObligation> complianceObligations() {
    return in -> {
      ComplianceObligation.Builder b = ComplianceObligation.builder()
          .id(ids().generate(in))
          .title(texts().generate(in))
          .kind(enums(ObligationKind.class).generate(in))
          .issuer(texts().generate(in))
          .description(texts().generate(in))
          .partyId(optionals(ids()).generate(in))
          .applicableFrom(optionals(dates()).generate(in))
          .documentReference(optionals(texts()).generate(in));
      optionals(months()).generate(in).ifPresent(b::evaluationIntervalMonths);
      return b.build();
    };
  }
}
