package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.leadership.Role;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 7, support. */
public final class SupportRules {

  private SupportRules() {}

  /** The rules of clause 7, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new CompetenceRule(), new DocumentsRule());
  }

  /** 7.2: every role has a competence requirement, and each holder a current record for it. */
  static final class CompetenceRule extends AbstractConformityRule {
    CompetenceRule() {
      super("core.7.2.competence-of-roles", "7.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      LocalDate on = context.assessmentDate();
      if (s.roles().isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未规定角色，因而无法确定所需能力",
            "No role is defined, so no competence is determined", List.of()));
      }
      Set<String> rolesWithRequirement = new HashSet<>();
      for (CompetenceRequirement r : s.competenceRequirements()) {
        rolesWithRequirement.add(r.roleId());
      }
      Map<String, List<CompetenceRecord>> records = new HashMap<>();
      for (CompetenceRecord r : s.competenceRecords()) {
        records.computeIfAbsent(r.personId() + '\u0000' + r.roleId(), k -> new ArrayList<>())
            .add(r);
      }
      List<Finding> problems = new ArrayList<>();
      int holders = 0;
      for (Role role : s.roles()) {
        if (!rolesWithRequirement.contains(role.id())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "角色 " + role.id() + "（" + role.title() + "）未规定能力要求",
              "Role " + role.id() + " (" + role.title() + ") has no competence requirement",
              List.of(role.id())));
        }
        for (String person : role.holderPersonIds()) {
          holders++;
          List<CompetenceRecord> mine = records.getOrDefault(person + '\u0000' + role.id(),
              List.of());
          if (mine.stream().noneMatch(r -> r.validOn(on))) {
            List<String> refs = new ArrayList<>(List.of(role.id(), person));
            mine.forEach(r -> refs.add(r.id()));
            problems.add(finding(Verdict.MINOR_NONCONFORMITY,
                "担任角色 " + role.id() + " 的人员 " + person + (mine.isEmpty() ? " 没有能力记录"
                    : " 的能力记录（" + join(ids(mine)) + "）在评价日 " + on + " 已失效"),
                "Person " + person + ", who holds role " + role.id() + ", has "
                    + (mine.isEmpty() ? "no competence record for it"
                        : "no competence record valid on " + on + " (" + join(ids(mine))
                            + " expired)"), refs));
          }
        }
      }
      List<String> roleIds = s.roles().stream().map(Role::id).toList();
      return problemsOr(problems, conforms(
          "角色 " + roleIds.size() + " 个均规定了能力要求，" + holders + " 名担任者均有在评价日有效的能力记录",
          "All " + roleIds.size() + " roles have competence requirements, and all " + holders
              + " holders have a competence record valid on " + on, roleIds));
    }

    private static List<String> ids(List<CompetenceRecord> records) {
      return records.stream().map(CompetenceRecord::id).toList();
    }
  }

  /** 7.5: every document is identified, versioned, and its current version approved. */
  static final class DocumentsRule extends AbstractConformityRule {
    DocumentsRule() {
      super("core.7.5.3.documents-controlled", "7.5.3");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<DocumentedInformation> docs = context.system().documents();
      if (docs.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未建立文件化信息清单",
            "No documented information is registered", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      int internal = 0;
      for (DocumentedInformation d : docs) {
        if (d.origin() != DocumentOrigin.INTERNAL) {
          continue;
        }
        internal++;
        DocumentVersion v = d.currentVersion();
        if (v.approval().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "文件 " + d.id() + "《" + d.title() + "》现行版本 " + v.versionLabel() + "（"
                  + v.issuedOn() + "，编写人 " + v.author() + "）未经批准",
              "Document " + d.id() + " \"" + d.title() + "\": its current version "
                  + v.versionLabel() + " (issued " + v.issuedOn() + " by " + v.author()
                  + ") is not approved", List.of(d.id())));
        }
      }
      List<String> ids = docs.stream().map(DocumentedInformation::id).toList();
      return problemsOr(problems, conforms(
          "文件 " + docs.size() + " 份均有编号、标题、版本、日期和编写人，版本有序；" + internal
              + " 份内部文件的现行版本均已批准",
          "All " + docs.size() + " documents carry a number, title, versions in order, dates"
              + " and authors; the current versions of all " + internal
              + " internal documents are approved", ids));
    }
  }
}
