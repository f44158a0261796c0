// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.unit.Issuance;
import org.cnms.core.ghg.Co2e;

/**
 * ISO 14068-1 / PAS 2060-style claim rules: those of T/CAS 612, plus units retired no later than
 * a set number of months after the period, ex-post units only, and reductions against the
 * previous period after a first, offset-only period.
 */
final class TimelyOffsetClaimRules extends BoundaryClaimRules {

  private final int months;

  TimelyOffsetClaimRules(String name, int months) {
    super(name);
    if (months < 0) {
      throw new IllegalArgumentException("Months allowed to retire units after the period must"
          + " not be negative, but were " + months);
    }
    this.months = months;
  }

  @Override
  public ClaimAssessment assess(NeutralityClaim claim) {
    List<ClaimFinding> findings = new ArrayList<>();
    add(claim, findings);
    NeutralityBalance b = claim.balance();
    LocalDate deadline = b.period().end().plusMonths(months);
    long late = 0;
    long exAnte = 0;
    for (Retirement r : b.counted()) {
      if (r.date().isAfter(deadline)) {
        late += r.block().quantity();
      }
      if (r.block().issuance() != Issuance.EX_POST) {
        exAnte += r.block().quantity();
      }
    }
    findings.add(ClaimFinding.of("RETIRED_IN_TIME", late == 0, late == 0
        ? "All units retired by " + deadline + " (" + months + " months after the period)"
        : late + " units retired after " + deadline + " (" + months
            + " months after the period)"));
    findings.add(ClaimFinding.of("EX_POST_ONLY", exAnte == 0, exAnte == 0
        ? "All units counted were issued ex post"
        : exAnte + " units counted were issued ex ante"));
    if (claim.firstClaimPeriod()) {
      findings.add(ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", true,
          "First claim period: an offset-only claim is allowed"));
    } else if (claim.previousPeriodEmissions().isEmpty()) {
      findings.add(ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", false,
          "Not the first claim period, and the previous period's emissions are not given"));
    } else {
      Co2e previous = claim.previousPeriodEmissions().get();
      Co2e reduction = previous.minus(b.grossEmissions());
      findings.add(ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", reduction.isPositive(),
          "Gross emissions " + b.grossEmissions() + " against " + previous
              + " in the previous period: " + (reduction.isPositive() ? "reduced by " + reduction
              : "not reduced")));
    }
    return ClaimAssessment.builder().ruleSet(name()).claimId(b.claimId()).addAllFindings(findings)
        .build();
  }
}
