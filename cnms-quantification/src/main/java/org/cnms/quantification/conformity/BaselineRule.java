package org.cnms.quantification.conformity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.system.ManagementSystem;

/**
 * 6.5: a baseline exists, and its figures trace to inventory records: it names the inventories it
 * is taken from, each of a base period, and its emissions and removals are their average — equal
 * to it, or to it rounded to the precision the baseline states.
 */
final class BaselineRule extends AbstractConformityRule {

  BaselineRule() {
    super("quant.6.5.baseline-traceable", "6.5");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    List<Baseline> current = s.currentBaselines();
    if (current.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未建立碳中和基准",
          "No carbon-neutrality baseline is established", List.of()));
    }
    List<Finding> problems = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Baseline b : current) {
      if (b.inventoryIds().isEmpty()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
            "碳中和基准 " + b.id() + " 未注明其数据来源的温室气体清单，不可追溯",
            "Baseline " + b.id() + " names no GHG inventory its figures come from, so it cannot"
                + " be traced", List.of(b.id())));
        continue;
      }
      Co2e emissions = Co2e.ZERO;
      Co2e removals = Co2e.ZERO;
      List<String> refs = new ArrayList<>(List.of(b.id()));
      for (String id : b.inventoryIds()) {
        GhgInventory inv = s.find(id, GhgInventory.class).orElseThrow();
        refs.add(id);
        emissions = emissions.plus(inv.totalEmissions());
        removals = removals.plus(inv.totalRemovals());
        if (b.periods().stream().noneMatch(p -> p.encloses(inv.period()))) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "碳中和基准 " + b.id() + " 引用的清单 " + id + " 的期间 " + inv.period() + " 不在基准期 "
                  + periods(b) + " 内",
              "Inventory " + id + " that baseline " + b.id() + " cites covers " + inv.period()
                  + ", outside the base period " + periods(b), List.of(b.id(), id)));
        }
      }
      int n = b.inventoryIds().size();
      if (!traces(b.emissions(), emissions, n)) {
        problems.add(mismatch(b, "排放量", "emissions", b.emissions(), emissions, n, refs));
      }
      if (!traces(b.removals(), removals, n)) {
        problems.add(mismatch(b, "清除量", "removals", b.removals(), removals, n, refs));
      }
      ok.add(b.id());
    }
    return problemsOr(problems, conforms(
        "碳中和基准 " + join(ok) + " 的排放量和清除量与所引用清单一致，选择准则已记录",
        "The figures of baseline " + join(ok) + " trace to the inventories it cites, and its"
            + " selection criteria are documented", ok));
  }

  /** Whether {@code stated} is {@code sum / n}, exactly or rounded to its own scale. */
  static boolean traces(Co2e stated, Co2e sum, int n) {
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal gap = stated.tonnes().multiply(count).subtract(sum.tonnes()).abs();
    BigDecimal halfUlp = BigDecimal.ONE.movePointLeft(Math.max(stated.tonnes().scale(), 0))
        .divide(BigDecimal.valueOf(2));
    return gap.compareTo(halfUlp.multiply(count)) <= 0;
  }

  private Finding mismatch(Baseline b, String zh, String en, Co2e stated, Co2e sum, int n,
      List<String> refs) {
    String expected = n == 1 ? sum.tonnes().toPlainString()
        : sum.tonnes().toPlainString() + " / " + n;
    return finding(Verdict.MAJOR_NONCONFORMITY,
        "碳中和基准 " + b.id() + " 的" + zh + " " + stated.tonnes().toPlainString()
            + " tCO2e 与所引用清单不一致（应为 " + expected + " tCO2e）",
        "Baseline " + b.id() + " states " + en + " of " + stated.tonnes().toPlainString()
            + " tCO2e, which does not trace to the inventories it cites (" + expected
            + " tCO2e)", refs);
  }

  private static String periods(Baseline b) {
    return String.join(", ", b.periods().stream().map(ReportingPeriod::toString).toList());
  }
}
