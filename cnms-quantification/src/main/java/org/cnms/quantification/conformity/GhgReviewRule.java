package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.system.ManagementSystem;

/**
 * 6.3: the latest GHG review confirmed completeness; its inventory covers every source and sink
 * that is not excluded; each has relevant variables and an owner; improvement opportunities are
 * ranked and future emissions projected.
 */
final class GhgReviewRule extends AbstractConformityRule {

  GhgReviewRule() {
    super("quant.6.3.ghg-review-complete", "6.3");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Optional<GhgReview> latest = s.ghgReviews().stream()
        .filter(r -> !r.reviewedOn().isAfter(context.assessmentDate()))
        .max(Comparator.comparing(GhgReview::reviewedOn));
    if (latest.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未进行温室气体评审",
          "No GHG review has been carried out", List.of()));
    }
    GhgReview r = latest.get();
    GhgInventory inv = s.find(r.inventoryId(), GhgInventory.class).orElseThrow();
    Set<String> inInventory = new HashSet<>();
    for (InventoryLine l : inv.lines()) {
      inInventory.add(l.sourceId());
    }
    List<String> expected = new ArrayList<>();
    List<String> withoutOwner = new ArrayList<>();
    for (GhgSource src : s.sources()) {
      if (!src.excluded()) {
        expected.add(src.id());
        if (src.ownerPersonId().isEmpty()) {
          withoutOwner.add(src.id());
        }
      }
    }
    for (GhgSink sink : s.sinks()) {
      expected.add(sink.id());
      if (sink.ownerPersonId().isEmpty()) {
        withoutOwner.add(sink.id());
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> withoutVariables = new ArrayList<>();
    Set<String> reviewedWithVariables = new HashSet<>();
    for (SourceReview sr : r.sourceReviews()) {
      if (!sr.relevantVariables().isEmpty()) {
        reviewedWithVariables.add(sr.sourceId());
      }
    }
    for (String id : expected) {
      if (!inInventory.contains(id)) {
        missing.add(id);
      }
      if (!reviewedWithVariables.contains(id)) {
        withoutVariables.add(id);
      }
    }
    String rv = "温室气体评审 " + r.id() + "（" + r.reviewedOn() + "）";
    String rvEn = "GHG review " + r.id() + " (" + r.reviewedOn() + ")";
    List<Finding> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
          rv + " 形成的清单 " + inv.id() + " 未包含源或汇 " + join(missing),
          "Inventory " + inv.id() + " of " + rvEn + " leaves out sources or sinks "
              + join(missing), refs(r, inv, missing)));
    }
    if (!r.completenessConfirmed()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, rv + " 未确认源和汇识别的完整性",
          rvEn + " did not confirm the completeness of the source and sink register",
          List.of(r.id())));
    }
    if (!withoutVariables.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY,
          rv + " 未确定源或汇 " + join(withoutVariables) + " 的相关变量",
          rvEn + " determines no relevant variables for sources or sinks "
              + join(withoutVariables), refs(r, inv, withoutVariables)));
    }
    if (!withoutOwner.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY,
          "源或汇 " + join(withoutOwner) + " 未指定对其有影响的责任人",
          "GHG sources or sinks " + join(withoutOwner) + " have no owner assigned",
          withoutOwner));
    }
    if (r.opportunities().isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, rv + " 未识别并排序改进机会",
          rvEn + " identifies and ranks no improvement opportunity", List.of(r.id())));
    }
    if (r.projections().isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, rv + " 未估计未来的排放和清除",
          rvEn + " estimates no future emissions and removals", List.of(r.id())));
    }
    return problemsOr(problems, conforms(
        rv + " 确认了完整性；清单 " + inv.id() + " 覆盖全部 " + expected.size()
            + " 个源和汇，均有相关变量和责任人；改进机会 " + r.opportunities().size() + " 项已排序；预测 "
            + r.projections().size() + " 年",
        rvEn + " confirmed completeness; inventory " + inv.id() + " covers all "
            + expected.size() + " sources and sinks, each with relevant variables and an owner; "
            + r.opportunities().size() + " improvement opportunities ranked; "
            + r.projections().size() + " years projected", List.of(r.id(), inv.id())));
  }

  private static List<String> refs(GhgReview r, GhgInventory inv, List<String> ids) {
    List<String> out = new ArrayList<>(ids.size() + 2);
    out.add(r.id());
    out.add(inv.id());
    out.addAll(ids);
    return out;
  }
}
