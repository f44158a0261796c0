// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.support.EvidenceKind;
import org.cnms.core.support.Resource;
import org.cnms.core.support.ResourceKind;
import org.cnms.core.support.Suggestion;
import org.cnms.core.system.ManagementSystem;

/**
 * The rules of T/CAS 612 clause 7, support. Clause 7.3 (awareness) and 7.5.1 (what documented
 * information there is to be) ask for nothing a program can judge; an auditor does.
 */
public final class SupportRules {

  private SupportRules() {}

  /** The rules of clause 7, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new ResourcesRule(), new CompetenceRule(), new EffectivenessOfActionsRule(),
        new CommunicationRule(), new ResponsesRule(), new ReviewAndApprovalRule(),
        new AvailabilityRule(), new ExternalDocumentsRule());
  }

  /**
   * 7.1: the resources are recorded (—1), among them each of the five the clause names (•1 to
   * •5).
   */
  static final class ResourcesRule extends LocalizedRule {
    private static final String ID = "core.7.1.resources";

    ResourcesRule() {
      super(ID, "7.1", List.of("—1", "•1", "•2", "•3", "•4", "•5"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Resource> resources = context.system().resources();
      if (resources.isEmpty()) {
        return List.of(cited(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("—1")));
      }
      Set<ResourceKind> missing = EnumSet.allOf(ResourceKind.class);
      resources.forEach(r -> r.kind().ifPresent(missing::remove));
      List<String> ids = resources.stream().map(Resource::id).toList();
      if (!missing.isEmpty()) {
        return List.of(localized(Verdict.MINOR_NONCONFORMITY, ID + ".missing", ids,
            missing.stream().map(ResourceKind::citation).toList(),
            l -> new Object[] {itemLabels(l, missing)}));
      }
      return List.of(conforms(ID + ".conforms", ids, String.valueOf(resources.size())));
    }
  }

  /**
   * 7.2: the competence each role needs is set (•1), and each holder has been judged competent:
   * a record of competence valid on the assessment date (•2, —5).
   */
  static final class CompetenceRule extends LocalizedRule {
    private static final String ID = "core.7.2.competence-of-roles";

    CompetenceRule() {
      super(ID, "7.2", List.of("•1", "•2", "—5"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      LocalDate on = context.assessmentDate();
      if (s.roles().isEmpty()) {
        return List.of(cited(Verdict.MAJOR_NONCONFORMITY, ID + ".no-roles", List.of(),
            List.of("•1")));
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
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".no-requirement",
              List.of(role.id()), List.of("•1"), role.id(), role.title()));
        }
        for (String person : role.holderPersonIds()) {
          holders++;
          List<CompetenceRecord> mine = records.getOrDefault(person + '\u0000' + role.id(),
              List.of());
          if (mine.stream().noneMatch(r -> r.validOn(on))) {
            List<String> refs = new ArrayList<>(List.of(role.id(), person));
            List<String> expired = mine.stream().map(CompetenceRecord::id).toList();
            refs.addAll(expired);
            problems.add(mine.isEmpty()
                ? cited(Verdict.MINOR_NONCONFORMITY, ID + ".no-record", refs,
                    List.of("•2", "—5"), person, role.id())
                : cited(Verdict.MINOR_NONCONFORMITY, ID + ".expired", refs,
                    List.of("•2", "—5"), person, role.id(), on.toString(), join(expired)));
          }
        }
      }
      List<String> roleIds = s.roles().stream().map(Role::id).toList();
      return problemsOr(problems, conforms(ID + ".conforms", roleIds,
          String.valueOf(roleIds.size()), String.valueOf(holders), on.toString()));
    }
  }

  /**
   * 7.2: the effectiveness of the actions taken to acquire competence — training, recorded as
   * {@link EvidenceKind#TRAINING} — is evaluated (•4).
   */
  static final class EffectivenessOfActionsRule extends LocalizedRule {
    private static final String ID = "core.7.2.effectiveness-of-actions";

    EffectivenessOfActionsRule() {
      super(ID, "7.2", List.of("•4"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CompetenceRecord> actions = context.system().competenceRecords().stream()
          .filter(r -> r.evidenceKind() == EvidenceKind.TRAINING).toList();
      List<Finding> problems = new ArrayList<>();
      for (CompetenceRecord r : actions) {
        if (r.effectivenessEvaluation().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unevaluated",
              List.of(r.id(), r.personId()), List.of("•4"), r.id(), r.personId(),
              r.description()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          actions.stream().map(CompetenceRecord::id).toList(), String.valueOf(actions.size())));
    }
  }

  /** 7.4: communication on the system is decided, internal (•1) and external (•2) (—1). */
  static final class CommunicationRule extends LocalizedRule {
    private static final String ID = "core.7.4.internal-and-external";

    CommunicationRule() {
      super(ID, "7.4", List.of("—1", "•1", "•2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Communication> log = context.system().communications();
      if (log.isEmpty()) {
        return List.of(cited(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("—1")));
      }
      List<String> internal = ids(log, CommunicationDirection.INTERNAL);
      List<String> external = ids(log, CommunicationDirection.EXTERNAL);
      List<Finding> problems = new ArrayList<>();
      if (internal.isEmpty()) {
        problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".no-internal", external,
            List.of("•1")));
      }
      if (external.isEmpty()) {
        problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".no-external", internal,
            List.of("•2")));
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          log.stream().map(Communication::id).toList(), String.valueOf(internal.size()),
          String.valueOf(external.size())));
    }

    private static List<String> ids(List<Communication> log, CommunicationDirection d) {
      return log.stream().filter(c -> c.direction() == d).map(Communication::id).toList();
    }
  }

  /**
   * 7.4: every communication received, and every suggestion (•3), has a recorded response (—5):
   * a communication in response to it or, for a suggestion, its own response.
   */
  static final class ResponsesRule extends LocalizedRule {
    private static final String ID = "core.7.4.responses-recorded";

    ResponsesRule() {
      super(ID, "7.4", List.of("—5"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<String> answered = new HashSet<>();
      s.communications().forEach(c -> c.inResponseTo().ifPresent(answered::add));
      List<Finding> problems = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      int received = 0;
      for (Communication c : s.communications()) {
        if (!c.incoming()) {
          continue;
        }
        received++;
        ids.add(c.id());
        if (!answered.contains(c.id())) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unanswered-communication",
              List.of(c.id()), List.of("—5"), c.id(), c.date().toString(), c.audience(),
              c.summary()));
        }
      }
      for (Suggestion g : s.suggestions()) {
        ids.add(g.id());
        if (!g.answered() && !answered.contains(g.id())) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unanswered-suggestion",
              List.of(g.id()), List.of("—5"), g.id(), g.receivedOn().toString(), g.text()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms", ids, String.valueOf(received),
          String.valueOf(s.suggestions().size())));
    }
  }

  /** 7.5.2: the current version of every document the organisation creates is approved (c)). */
  static final class ReviewAndApprovalRule extends LocalizedRule {
    private static final String ID = "core.7.5.2.review-and-approval";

    ReviewAndApprovalRule() {
      super(ID, "7.5.2", List.of("c)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Finding> problems = new ArrayList<>();
      List<String> internal = new ArrayList<>();
      for (DocumentedInformation d : context.system().documents()) {
        if (d.origin() != DocumentOrigin.INTERNAL) {
          continue;
        }
        internal.add(d.id());
        DocumentVersion v = d.currentVersion();
        if (v.approval().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unapproved", List.of(d.id()),
              List.of("c)"), d.id(), d.title(), v.versionLabel(), v.issuedOn().toString(),
              v.author()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms", internal,
          String.valueOf(internal.size())));
    }
  }

  /**
   * 7.5.3: documented information is registered and controlled (—1), each document stating how it
   * is distributed and accessed (a)).
   */
  static final class AvailabilityRule extends LocalizedRule {
    private static final String ID = "core.7.5.3.distribution-and-access";

    AvailabilityRule() {
      super(ID, "7.5.3", List.of("—1", "a)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<DocumentedInformation> docs = context.system().documents();
      if (docs.isEmpty()) {
        return List.of(cited(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("—1")));
      }
      List<Finding> problems = new ArrayList<>();
      for (DocumentedInformation d : docs) {
        if (d.accessAndDistribution().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unstated", List.of(d.id()),
              List.of("a)"), d.id(), d.title()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          docs.stream().map(DocumentedInformation::id).toList(), String.valueOf(docs.size())));
    }
  }

  /** 7.5.3: documented information of external origin is identified (—6). */
  static final class ExternalDocumentsRule extends LocalizedRule {
    private static final String ID = "core.7.5.3.external-documents";

    ExternalDocumentsRule() {
      super(ID, "7.5.3", List.of("—6"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<String> external = context.system().documents().stream()
          .filter(d -> d.origin() == DocumentOrigin.EXTERNAL).map(DocumentedInformation::id)
          .toList();
      if (external.isEmpty()) {
        return List.of(cited(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("—6")));
      }
      return List.of(conforms(ID + ".conforms", external, String.valueOf(external.size())));
    }
  }
}
