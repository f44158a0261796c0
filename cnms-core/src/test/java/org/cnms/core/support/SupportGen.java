// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import static org.cnms.core.testing.CoreGen.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.leadership.LeadershipGen;
import org.cnms.core.planning.PlanningGen;
import org.cnms.core.units.Amount;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Generators of the records of clause 7. */
public final class SupportGen {

  private SupportGen() {}

  private static Gen<List<String>> idLists(String prefix, int min, int max) {
    return numbered(prefix, min, max, (id, in) -> id);
  }

  /** Budgets in CNY or 10⁴ CNY. */
  public static Gen<Amount> budgets() {
    return decimals().zip(Generate.pick(List.of("CNY", "1e4CNY", "万元")),
        (BigDecimal v, String unit) -> Amount.of(v, org.cnms.core.units.UnitRegistry.standard()
            .parse(unit)));
  }

  public static Gen<Resource> resources() {
    return in -> Resource.builder()
        .id(ids().generate(in))
        .kind(optionals(enums(ResourceKind.class)).generate(in))
        .description(texts().generate(in))
        .budget(optionals(budgets()).generate(in))
        .build();
  }

  public static Gen<CompetenceRequirement> competenceRequirements() {
    return in -> CompetenceRequirement.builder()
        .id(ids().generate(in))
        .roleId(ids().generate(in))
        .competence(texts().generate(in))
        .qualification(optionals(texts()).generate(in))
        .build();
  }

  public static Gen<CompetenceRecord> competenceRecords() {
    return in -> {
      LocalDate achieved = dates().generate(in);
      return CompetenceRecord.builder()
          .id(ids().generate(in))
          .personId(ids().generate(in))
          .roleId(ids().generate(in))
          .addAllRequirementIds(idLists("cr", 0, 3).generate(in))
          .evidenceKind(enums(EvidenceKind.class).generate(in))
          .description(texts().generate(in))
          .achievedOn(achieved)
          .validUntil(optionals(Generate.range(0, 2000).map(achieved::plusDays)).generate(in))
          .effectivenessEvaluation(optionals(PlanningGen.effectivenessEvaluations()).generate(in))
          .build();
    };
  }

  public static Gen<AwarenessRecord> awarenessRecords() {
    return in -> {
      List<AwarenessTopic> topics = LeadershipGen.subsets(AwarenessTopic.class).generate(in);
      if (topics.isEmpty()) {
        topics = List.of(enums(AwarenessTopic.class).generate(in));
      }
      return AwarenessRecord.builder()
          .id(ids().generate(in))
          .date(dates().generate(in))
          .audience(texts().generate(in))
          .addAllTopics(topics)
          .participantCount(Generate.range(0, 5000).generate(in))
          .build();
    };
  }

  public static Gen<Communication> communications() {
    return in -> Communication.builder()
        .id(ids().generate(in))
        .direction(enums(CommunicationDirection.class).generate(in))
        .incoming(booleans().generate(in))
        .topic(optionals(enums(CommunicationTopic.class)).generate(in))
        .audience(texts().generate(in))
        .channel(texts().generate(in))
        .date(dates().generate(in))
        .summary(texts().generate(in))
        .inResponseTo(optionals(ids().map(s -> "sg-" + s)).generate(in))
        .build();
  }

  public static Gen<SuggestionResponse> suggestionResponses() {
    return in -> SuggestionResponse.of(dates().generate(in), texts().generate(in),
        booleans().generate(in));
  }

  public static Gen<Suggestion> suggestions() {
    return in -> {
      LocalDate received = dates().generate(in);
      return Suggestion.builder()
          .id(ids().generate(in))
          .receivedOn(received)
          .fromPersonId(optionals(ids()).generate(in))
          .text(texts().generate(in))
          .response(optionals(Generate.range(0, 200).zip(texts(), booleans(),
              (d, t, a) -> SuggestionResponse.of(received.plusDays(d), t, a))).generate(in))
          .build();
    };
  }

  public static Gen<DocumentVersion> documentVersions() {
    return in -> documentVersion("v1", dates().generate(in), in);
  }

  static DocumentVersion documentVersion(String label, LocalDate issued, RandomnessSource in) {
    return DocumentVersion.builder()
        .versionLabel(label)
        .issuedOn(issued)
        .author(texts().generate(in))
        .approval(optionals(LeadershipGen.approvals()).generate(in))
        .changeSummary(texts().generate(in))
        .build();
  }

  public static Gen<DocumentedInformation> documents() {
    return in -> {
      int n = Generate.range(1, 4).generate(in);
      LocalDate issued = dates().generate(in);
      List<DocumentVersion> versions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        versions.add(documentVersion("A/" + i, issued, in));
        issued = issued.plusDays(Generate.range(0, 400).generate(in));
      }
      LocalDate first = versions.get(0).issuedOn();
      // a retention: years, a disposal date, or both
      int retention = Generate.range(0, 2).generate(in);
      DocumentedInformation.Builder b = DocumentedInformation.builder()
          .id(ids().generate(in))
          .title(texts().generate(in))
          .origin(enums(DocumentOrigin.class).generate(in))
          .format(texts().generate(in))
          .addAllVersions(versions)
          .accessAndDistribution(optionals(texts()).generate(in));
      if (retention != 1) {
        b.retentionYears(Generate.range(1, 30).generate(in));
      }
      if (retention != 0) {
        b.disposalDate(first.plusDays(Generate.range(0, 10_000).generate(in)));
      }
      return b.build();
    };
  }
}
