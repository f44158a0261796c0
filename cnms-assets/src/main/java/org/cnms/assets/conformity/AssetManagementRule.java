package org.cnms.assets.conformity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.ledger.UnitStatus;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.system.ManagementSystem;

/**
 * 6.7: an organisation in an emissions trading scheme has a current carbon-asset plan that covers
 * its allowances; every unit a neutrality claim counts is recorded in the asset ledger as retired
 * for that claim.
 */
final class AssetManagementRule extends AbstractConformityRule {

  AssetManagementRule() {
    super("assets.6.7.allowance-plan-and-recorded-offsets", "6.7");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    List<Finding> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    List<String> checkedEn = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    if (s.organisation().coveredByEts()) {
      List<String> plans = current(s.carbonAssetPlans()).stream()
          .filter(CarbonAssetPlan::hasAllowancePlan).map(CarbonAssetPlan::id).toList();
      if (plans.isEmpty()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
            "组织纳入碳排放权交易，但现行碳资产管理计划未策划配额管理",
            "The organisation is covered by an emissions trading scheme, but no current"
                + " carbon-asset plan provides for the management of its allowances",
            List.of(s.organisation().id())));
      } else {
        checked.add("纳入碳排放权交易，配额管理见计划 " + join(plans));
        checkedEn.add("covered by an ETS, allowances planned in " + join(plans));
        ids.addAll(plans);
      }
    } else {
      checked.add("未纳入碳排放权交易");
      checkedEn.add("not covered by an ETS");
    }
    Optional<ClaimEvidence> evidence = context.extension(ClaimEvidence.class);
    if (evidence.isEmpty()) {
      checked.add("评价未附碳中和声明及碳资产台账");
      checkedEn.add("no neutrality claim was supplied with the assessment");
    } else {
      Ledger ledger = evidence.get().ledger();
      long units = 0;
      for (NeutralityBalance claim : evidence.get().claims()) {
        ids.add(claim.claimId());
        for (Retirement r : claim.counted()) {
          UnitBlock b = r.block();
          units += b.quantity();
          long recorded = 0;
          for (UnitState st : ledger.states(b.registry(), b.serials())) {
            if (st.status() == UnitStatus.RETIRED
                && st.claimId().filter(claim.claimId()::equals).isPresent()) {
              recorded += st.block().quantity();
            }
          }
          if (recorded != b.quantity()) {
            problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
                "碳中和声明 " + claim.claimId() + " 计入的 " + b.quantity() + " 个 " + b.type().code()
                    + "（" + b.registry() + " " + b.serials() + "）中只有 " + recorded
                    + " 个在碳资产台账中记录为为该声明注销",
                "Neutrality claim " + claim.claimId() + " counts " + b.quantity() + " "
                    + b.type().code() + " (" + b.registry() + " " + b.serials() + "), but the"
                    + " asset ledger records only " + recorded + " of them as retired for it",
                List.of(claim.claimId(), r.eventId())));
          }
        }
      }
      checked.add("碳中和声明 " + evidence.get().claims().size() + " 项计入的 " + units
          + " 个抵销单位均来自台账记录的持有量并已为其注销");
      checkedEn.add("the " + units + " offset units counted by " + evidence.get().claims().size()
          + " neutrality claims all come from recorded holdings retired for them");
    }
    return problemsOr(problems, conforms(String.join("；", checked), String.join("; ",
        checkedEn), ids));
  }

  private static List<CarbonAssetPlan> current(List<CarbonAssetPlan> versions) {
    Set<String> superseded = new HashSet<>();
    versions.forEach(v -> v.supersedes().ifPresent(superseded::add));
    return versions.stream().filter(v -> !superseded.contains(v.id())).toList();
  }
}
