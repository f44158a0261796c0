// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.Labelled;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.DesignReview;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OperationalCriterionKind;
import org.cnms.core.operation.OutsourcedProcessControl;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.operation.ProcurementSubject;
import org.cnms.core.operation.SupplierNotice;
import org.cnms.core.system.ManagementSystem;

/**
 * The rules of T/CAS 612 clause 8, operation; one rule on good practice beyond T/CAS 612 gives
 * observations at most.
 */
public final class OperationRules {

  private OperationRules() {}

  /** The rules of clause 8, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new ControlCriteriaRule(), new CommunicationCriteriaRule(),
        new OperatingRecordsRule(), new OutsourcedProcessesRule(), new ImprovementOpportunitiesRule(),
        new EcoDesignRule(), new ProcurementCriteriaRule(), new SuppliersInformedRule(),
        new PlannedChangesRule(), new UnintendedChangesRule(), new BaselineRecalculationRule());
  }

  private static boolean control(OperationalCriterion c) {
    return c.kind() != OperationalCriterionKind.COMMUNICATION;
  }

  /**
   * 8.1.1 a): every kind of source and sink of the 6.2.1 register is covered by a control
   * criterion naming a source or sink of that kind (the register asks at least each kind; a source
   * excluded from quantification is still a source of the register).
   */
  static final class ControlCriteriaRule extends LocalizedRule {
    private static final String ID = "core.8.1.1.control-criteria";

    ControlCriteriaRule() {
      super(ID, "8.1.1", List.of("a)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<OperationalCriterion> criteria = s.operationalCriteria().stream()
          .filter(OperationRules::control).toList();
      if (criteria.isEmpty()) {
        return List.of(cited(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("a)")));
      }
      Set<String> governed = new HashSet<>();
      criteria.forEach(c -> {
        governed.addAll(c.sourceIds());
        governed.addAll(c.sinkIds());
      });
      Set<Labelled> kinds = new LinkedHashSet<>();
      Set<Labelled> coveredKinds = new HashSet<>();
      List<String> all = new ArrayList<>();
      for (GhgSource src : s.sources()) {
        all.add(src.id());
        kinds.add(src.kind());
        if (governed.contains(src.id())) {
          coveredKinds.add(src.kind());
        }
      }
      for (GhgSink sink : s.sinks()) {
        all.add(sink.id());
        kinds.add(sink.kind());
        if (governed.contains(sink.id())) {
          coveredKinds.add(sink.kind());
        }
      }
      List<Labelled> uncovered = kinds.stream().filter(k -> !coveredKinds.contains(k)).toList();
      if (!uncovered.isEmpty()) {
        List<String> ids = new ArrayList<>();
        s.sources().stream().filter(x -> uncovered.contains(x.kind()))
            .forEach(x -> ids.add(x.id()));
        s.sinks().stream().filter(x -> uncovered.contains(x.kind())).forEach(x -> ids.add(x.id()));
        return List.of(localized(Verdict.MINOR_NONCONFORMITY, ID + ".uncovered", ids,
            List.of("a)"), l -> new Object[] {labels(l, uncovered), join(ids)}));
      }
      return List.of(conforms(ID + ".conforms", all, String.valueOf(kinds.size()),
          String.valueOf(all.size())));
    }
  }

  /** 8.1.1 b): criteria are set for communicating with people under the organisation's control. */
  static final class CommunicationCriteriaRule extends LocalizedRule {
    private static final String ID = "core.8.1.1.communication-criteria";

    CommunicationCriteriaRule() {
      super(ID, "8.1.1", List.of("b)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<String> ids = context.system().operationalCriteria().stream()
          .filter(c -> !control(c)).map(OperationalCriterion::id).toList();
      if (ids.isEmpty()) {
        return List.of(cited(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("b)")));
      }
      return List.of(conforms(ID + ".conforms", ids, join(ids)));
    }
  }

  /** 8.1.2: every operating criterion names the records that show its process ran as planned. */
  static final class OperatingRecordsRule extends LocalizedRule {
    private static final String ID = "core.8.1.2.operating-records";

    OperatingRecordsRule() {
      super(ID, "8.1.2", List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<OperationalCriterion> criteria = context.system().operationalCriteria();
      List<String> unstated = criteria.stream().filter(c -> c.recordsKept().isEmpty())
          .map(OperationalCriterion::id).toList();
      if (!unstated.isEmpty()) {
        return List.of(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unstated", unstated,
            List.of("—1"), join(unstated)));
      }
      return List.of(conforms(ID + ".conforms",
          criteria.stream().map(OperationalCriterion::id).toList(),
          String.valueOf(criteria.size())));
    }
  }

  /**
   * 8.1.3: every outsourced carbon-emitting process of the register (—1) has the duties of the
   * organisation and of the contractor and its operating requirements set (—2).
   */
  static final class OutsourcedProcessesRule extends LocalizedRule {
    private static final String ID = "core.8.1.3.outsourced-processes";

    OutsourcedProcessesRule() {
      super(ID, "8.1.3", List.of("—1", "—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<OutsourcedProcessControl> register = context.system().outsourcedProcessControls();
      if (register.isEmpty()) {
        return List.of(conforms(ID + ".none", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      for (OutsourcedProcessControl p : register) {
        List<String> missing = new ArrayList<>();
        if (p.organisationDuties().isEmpty()) {
          missing.add("organisation-duties");
        }
        if (p.contractorDuties().isEmpty()) {
          missing.add("contractor-duties");
        }
        if (p.operatingRequirements().isEmpty()) {
          missing.add("operating-requirements");
        }
        if (!missing.isEmpty()) {
          problems.add(localized(Verdict.MINOR_NONCONFORMITY, ID + ".incomplete",
              List.of(p.id()), List.of("—2"), l -> new Object[] {p.id(), p.process(),
                  p.contractor(), list(l, missing.stream()
                      .map(m -> CoreTexts.TEXT.format(ID + ".part." + m, l)).toList())}));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          register.stream().map(OutsourcedProcessControl::id).toList(),
          String.valueOf(register.size())));
    }
  }

  /**
   * 8.2: the design of equipment, facilities, systems and processes that can weigh significantly
   * on the targets weighs opportunities to improve performance (—1, 应考虑: a record that weighed
   * none shows no weighing).
   */
  static final class ImprovementOpportunitiesRule extends LocalizedRule {
    private static final String ID = "core.8.2.improvement-opportunities";

    ImprovementOpportunitiesRule() {
      super(ID, "8.2", List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<DesignReview> designs = context.system().designReviews().stream()
          .filter(d -> !d.kind().productOrService()).toList();
      List<Finding> problems = new ArrayList<>();
      for (DesignReview d : designs) {
        if (d.opportunitiesConsidered().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".none-weighed", List.of(d.id()),
              List.of("—1"), d.id(), d.subject()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          designs.stream().map(DesignReview::id).toList(), String.valueOf(designs.size())));
    }
  }

  /** 8.2: every new product or service is designed on eco-design lines (—2). */
  static final class EcoDesignRule extends LocalizedRule {
    private static final String ID = "core.8.2.eco-design";

    EcoDesignRule() {
      super(ID, "8.2", List.of("—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<DesignReview> designs = context.system().designReviews().stream()
          .filter(d -> d.kind().productOrService()).toList();
      List<Finding> problems = new ArrayList<>();
      for (DesignReview d : designs) {
        if (d.ecoDesign().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".missing", List.of(d.id()),
              List.of("—2"), d.id(), d.subject()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          designs.stream().map(DesignReview::id).toList(), String.valueOf(designs.size())));
    }
  }

  /** 8.3: criteria are set for purchases that weigh significantly on performance (—1). */
  static final class ProcurementCriteriaRule extends LocalizedRule {
    private static final String ID = "core.8.3.procurement-criteria";

    ProcurementCriteriaRule() {
      super(ID, "8.3", List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ProcurementCriterion> criteria = context.system().procurementCriteria();
      if (criteria.isEmpty()) {
        return List.of(cited(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of(),
            List.of("—1")));
      }
      Set<ProcurementSubject> subjects = EnumSet.noneOf(ProcurementSubject.class);
      criteria.forEach(c -> subjects.add(c.subject()));
      return List.of(localized(Verdict.CONFORMS, ID + ".conforms",
          criteria.stream().map(ProcurementCriterion::id).toList(), List.of(),
          l -> new Object[] {String.valueOf(criteria.size()), labels(l, subjects)}));
    }
  }

  /**
   * 8.3: suppliers are told that carbon neutrality performance is a purchasing criterion (—2):
   * every procurement criterion is named by a notice to suppliers.
   */
  static final class SuppliersInformedRule extends LocalizedRule {
    private static final String ID = "core.8.3.suppliers-informed";

    SuppliersInformedRule() {
      super(ID, "8.3", List.of("—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<String> told = new HashSet<>();
      s.supplierNotices().forEach(n -> told.addAll(n.criterionIds()));
      List<String> untold = s.procurementCriteria().stream().map(ProcurementCriterion::id)
          .filter(id -> !told.contains(id)).toList();
      if (!untold.isEmpty()) {
        return List.of(cited(Verdict.MINOR_NONCONFORMITY, ID + ".uninformed", untold,
            List.of("—2"), join(untold)));
      }
      return List.of(conforms(ID + ".conforms",
          s.supplierNotices().stream().map(SupplierNotice::id).toList(),
          String.valueOf(s.procurementCriteria().size()),
          String.valueOf(s.supplierNotices().size())));
    }
  }

  /** 8.4: every planned change that has taken effect has its results verified (—1). */
  static final class PlannedChangesRule extends LocalizedRule {
    private static final String ID = "core.8.4.planned-changes-verified";

    PlannedChangesRule() {
      super(ID, "8.4", List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      LocalDate on = context.assessmentDate();
      List<ChangeRecord> planned = context.system().changes().stream()
          .filter(c -> c.planned() && !c.changedOn().isAfter(on)).toList();
      List<Finding> problems = new ArrayList<>();
      for (ChangeRecord c : planned) {
        if (c.verification().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unverified", List.of(c.id()),
              List.of("—1"), c.id(), c.changedOn().toString(), c.description()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          planned.stream().map(ChangeRecord::id).toList(), String.valueOf(planned.size())));
    }
  }

  /**
   * 8.4: every unintended change has its consequences reviewed and, where the review found action
   * needed, the action recorded (—2).
   */
  static final class UnintendedChangesRule extends LocalizedRule {
    private static final String ID = "core.8.4.unintended-changes-reviewed";

    UnintendedChangesRule() {
      super(ID, "8.4", List.of("—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ChangeRecord> unintended = context.system().changes().stream()
          .filter(c -> !c.planned()).toList();
      List<Finding> problems = new ArrayList<>();
      for (ChangeRecord c : unintended) {
        if (c.consequenceReview().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".unreviewed", List.of(c.id()),
              List.of("—2"), c.id(), c.changedOn().toString(), c.description()));
        } else if (c.consequenceReview().get().actionNeeded()
            && c.consequenceReview().get().actions().isEmpty()) {
          problems.add(cited(Verdict.MINOR_NONCONFORMITY, ID + ".no-action", List.of(c.id()),
              List.of("—2"), c.id(), c.consequenceReview().get().reviewedOn().toString()));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms",
          unintended.stream().map(ChangeRecord::id).toList(),
          String.valueOf(unintended.size())));
    }
  }

  /**
   * Beyond T/CAS 612 (register, 8.4 g)): a change of kind b) or e) names the review of whether the
   * baseline needs recalculating. An observation at most.
   */
  static final class BaselineRecalculationRule extends LocalizedRule {
    private static final String ID = "core.8.4.beyond.baseline-recalculation";

    BaselineRecalculationRule() {
      super(ID, "8.4", List.of(), true);
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Finding> problems = new ArrayList<>();
      List<String> relevant = new ArrayList<>();
      for (ChangeRecord c : context.system().changes()) {
        if (!c.needsBaselineRecalculationCheck()) {
          continue;
        }
        relevant.add(c.id());
        if (c.baselineRecalculationId().isEmpty()) {
          problems.add(localized(Verdict.OBSERVATION, ID + ".unchecked", List.of(c.id()),
              List.of(c.kind().orElseThrow().citation()), l -> new Object[] {c.id(),
                  c.kind().orElseThrow().itemLabel(l), c.changedOn().toString(),
                  c.description()}));
        }
      }
      return problemsOr(problems, conforms(ID + ".conforms", relevant,
          String.valueOf(relevant.size())));
    }
  }
}
