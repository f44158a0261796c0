// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import static org.cnms.core.testing.CoreGen.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.Approval;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the records of clause 5. */
public final class LeadershipGen {

  private LeadershipGen() {}

  /** Approvals, with and without a reference. */
  public static Gen<Approval> approvals() {
    return in -> Approval.builder()
        .approvedBy(ids().generate(in))
        .approvedOn(dates().generate(in))
        .reference(optionals(texts()).generate(in))
        .build();
  }

  /** Distinct constants of an enum, in a random order, between none and all of them. */
  public static <E extends Enum<E>> Gen<List<E>> subsets(Class<E> type) {
    return in -> {
      List<E> pool = new ArrayList<>(List.of(type.getEnumConstants()));
      List<E> picked = new ArrayList<>();
      int n = Generate.range(0, pool.size()).generate(in);
      for (int i = 0; i < n; i++) {
        picked.add(pool.remove((int) Generate.range(0, pool.size() - 1).generate(in)));
      }
      return picked;
    };
  }

  /** Lists of distinct ids, numbered. */
  static Gen<List<String>> idLists(String prefix, int min, int max) {
    return numbered(prefix, min, max, (id, in) -> id);
  }

  public static Gen<Person> persons() {
    return in -> Person.builder()
        .id(ids().generate(in))
        .name(texts().generate(in))
        .department(optionals(texts()).generate(in))
        .title(optionals(texts()).generate(in))
        .topManagement(booleans().generate(in))
        .build();
  }

  public static Gen<CarbonNeutralityPolicy> policies() {
    return in -> {
      LocalDate issued = dates().generate(in);
      String id = ids().generate(in);
      CarbonNeutralityPolicy.Builder b = CarbonNeutralityPolicy.builder()
          .id(id)
          .versionLabel(Generate.pick(List.of("A/0", "A/1", "2025版", "v3")).generate(in))
          .text(texts().generate(in))
          .addAllItems(subsets(PolicyItem.class).generate(in))
          .approval(optionals(approvals()).generate(in))
          .issuedOn(issued)
          .lastReviewedOn(optionals(Generate.range(0, 1000).map(issued::plusDays)).generate(in))
          .addAllCommunicatedTo(numbered("audience", 0, 3, (a, r) -> texts().generate(r) + " " + a)
              .generate(in))
          .supersedes(optionals(ids().map(s -> "old-" + s)).generate(in));
      optionals(Generate.range(1, 36)).generate(in).ifPresent(b::reviewIntervalMonths);
      return b.build();
    };
  }

  public static Gen<LeadershipCommitment> leadershipCommitments() {
    return in -> LeadershipCommitment.builder()
        .id(ids().generate(in))
        .item(enums(LeadershipItem.class).generate(in))
        .evidence(texts().generate(in))
        .date(dates().generate(in))
        .personId(optionals(ids()).generate(in))
        .build();
  }

  public static Gen<CarbonNeutralityTeam> teams() {
    return in -> {
      TeamLevel level = enums(TeamLevel.class).generate(in);
      List<String> members = idLists("person", 1, 6).generate(in);
      String leader = Generate.pick(members).generate(in);
      CarbonNeutralityTeam.Builder b = CarbonNeutralityTeam.builder()
          .id(ids().generate(in))
          .name(texts().generate(in))
          .level(level)
          .addAllMemberPersonIds(members)
          .leaderPersonId(leader);
      if (level == TeamLevel.FACILITY) {
        b.facilityId(ids().generate(in));
      } else if (level != TeamLevel.ENTERPRISE) {
        b.facilityId(optionals(ids()).generate(in));
      }
      return b.build();
    };
  }

  public static Gen<Role> roles() {
    return in -> {
      Role.Builder b = Role.builder()
          .id(ids().generate(in))
          .title(texts().generate(in))
          .addAllHolderPersonIds(idLists("person", 0, 3).generate(in))
          .addAllDuties(subsets(RoleDuty.class).generate(in))
          .responsibilities(texts().generate(in))
          .authorities(texts().generate(in))
          .addAllReportedOn(lists().of(dates()).ofSizeBetween(0, 3).generate(in))
          .communicatedOn(optionals(dates()).generate(in));
      optionals(Generate.range(1, 12)).generate(in).ifPresent(b::reportingIntervalMonths);
      return b.build();
    };
  }
}
