package org.cnms.core.conformity.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 8, operation. */
public final class OperationRules {

  private OperationRules() {}

  /** The rules of clause 8, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new CriteriaRule(), new ChangesRule());
  }

  /** 8.1: every significant source has an operational criterion. */
  static final class CriteriaRule extends AbstractConformityRule {
    CriteriaRule() {
      super("core.8.1.1.criteria-for-significant-sources", "8.1.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<String> governed = new HashSet<>();
      for (OperationalCriterion c : s.operationalCriteria()) {
        governed.addAll(c.sourceIds());
      }
      List<String> significant = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (GhgSource src : s.sources()) {
        if (src.significant() && !src.excluded()) {
          significant.add(src.id());
          if (!governed.contains(src.id())) {
            missing.add(src.id());
          }
        }
      }
      if (!missing.isEmpty()) {
        Verdict v = s.operationalCriteria().isEmpty() ? Verdict.MAJOR_NONCONFORMITY
            : Verdict.MINOR_NONCONFORMITY;
        return List.of(finding(v, "重要温室气体源 " + join(missing) + " 没有运行准则",
            "Significant GHG sources " + join(missing) + " have no operational criterion",
            missing));
      }
      return List.of(conforms(
          significant.isEmpty() ? "没有标记为重要的温室气体源"
              : "重要温室气体源 " + join(significant) + " 均有运行准则",
          significant.isEmpty() ? "No GHG source is marked significant"
              : "Every significant GHG source (" + join(significant)
                  + ") has an operational criterion", significant));
    }
  }

  /** 8.4: every change of kind (b) or (e) has a baseline-recalculation check. */
  static final class ChangesRule extends AbstractConformityRule {
    ChangesRule() {
      super("core.8.4.changes-checked-against-baseline", "8.4");
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
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "变更 " + c.id() + "（" + c.kind().itemLabel(Locale.CHINESE) + "，"
                  + c.changedOn() + "：" + c.description() + "）未进行碳中和基准重新计算核查",
              "Change " + c.id() + " (" + c.kind().itemLabel(Locale.ENGLISH)
                  + ", " + c.changedOn() + ": " + c.description()
                  + ") has no baseline-recalculation check", List.of(c.id())));
        }
      }
      return problemsOr(problems, conforms(
          relevant.isEmpty() ? "变更记录 " + context.system().changes().size()
              + " 项，均不涉及主要源汇或基准和方法"
              : "涉及主要源汇或基准和方法的变更 " + join(relevant) + " 均进行了基准重新计算核查",
          relevant.isEmpty() ? "None of the " + context.system().changes().size()
              + " changes concerns major sources and sinks or the baseline and methods"
              : "Every change of major sources and sinks or of the baseline and methods ("
                  + join(relevant) + ") has a baseline-recalculation check", relevant));
    }
  }
}
