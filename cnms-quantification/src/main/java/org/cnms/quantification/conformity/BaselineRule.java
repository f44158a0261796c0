// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.5: a carbon neutrality baseline is built (—2) on a base period that a GHG review assessed, as
 * its own period or among the past levels it assessed (—1); its figures are verifiable and
 * traceable (—4): it names the inventories it is taken from, each of a base period, and its
 * emissions and removals are their average — equal to it, or to it rounded to the precision the
 * baseline states. Averaging over several periods is permitted (可), not required.
 */
final class BaselineRule extends AbstractConformityRule {

  BaselineRule() {
    super("quant.6.5.baseline-traceable", "6.5", QuantificationTexts.TEXT,
        List.of("—1", "—2", "—4"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    String id = id();
    List<Baseline> current = s.currentBaselines();
    if (current.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
          .withItems(List.of("—2")));
    }
    Set<Integer> reviewedYears = new HashSet<>();
    for (GhgReview r : s.ghgReviews()) {
      reviewedYears.add(r.period().end().getYear());
      r.historicalLevels().forEach(l -> reviewedYears.add(l.year()));
    }
    List<Finding> problems = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    for (Baseline b : current) {
      List<String> unreviewed = b.periods().stream()
          .filter(p -> !reviewedYears.contains(p.end().getYear()))
          .map(ReportingPeriod::toString).toList();
      if (!unreviewed.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".base-year-unreviewed",
            List.of(b.id()), b.id(), join(unreviewed)).withItems(List.of("—1")));
      }
      if (b.inventoryIds().isEmpty()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-inventories",
            List.of(b.id()), b.id()).withItems(List.of("—4")));
        continue;
      }
      Co2e emissions = Co2e.ZERO;
      Co2e removals = Co2e.ZERO;
      List<String> refs = new ArrayList<>(List.of(b.id()));
      for (String inventoryId : b.inventoryIds()) {
        GhgInventory inv = s.find(inventoryId, GhgInventory.class).orElseThrow();
        refs.add(inventoryId);
        emissions = emissions.plus(inv.totalEmissions());
        removals = removals.plus(inv.totalRemovals());
        if (b.periods().stream().noneMatch(p -> p.encloses(inv.period()))) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".outside-base-period",
              List.of(b.id(), inventoryId), inventoryId, b.id(), inv.period().toString(),
              periods(b)).withItems(List.of("—2")));
        }
      }
      int n = b.inventoryIds().size();
      if (!traces(b.emissions(), emissions, n)) {
        problems.add(mismatch(b, "emissions", b.emissions(), emissions, n, refs));
      }
      if (!traces(b.removals(), removals, n)) {
        problems.add(mismatch(b, "removals", b.removals(), removals, n, refs));
      }
      ok.add(b.id());
    }
    return problemsOr(problems, conforms(id + ".conforms", ok, join(ok)));
  }

  /** Whether {@code stated} is {@code sum / n}, exactly or rounded to its own scale. */
  static boolean traces(Co2e stated, Co2e sum, int n) {
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal gap = stated.tonnes().multiply(count).subtract(sum.tonnes()).abs();
    BigDecimal halfUlp = BigDecimal.ONE.movePointLeft(Math.max(stated.tonnes().scale(), 0))
        .divide(BigDecimal.valueOf(2));
    return gap.compareTo(halfUlp.multiply(count)) <= 0;
  }

  private Finding mismatch(Baseline b, String what, Co2e stated, Co2e sum, int n,
      List<String> refs) {
    String expected = n == 1 ? sum.tonnes().toPlainString()
        : sum.tonnes().toPlainString() + " / " + n;
    return finding(Verdict.MAJOR_NONCONFORMITY, id() + ".mismatch." + what, refs, b.id(),
        stated.tonnes().toPlainString(), expected).withItems(List.of("—2", "—4"));
  }

  private static String periods(Baseline b) {
    return String.join(", ", b.periods().stream().map(ReportingPeriod::toString).toList());
  }
}
