// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.neutrality.NeutralityClaim;
import org.cnms.certification.CertificationFinding;
import org.cnms.certification.RuleSource;
import org.cnms.core.conformity.Verdict;

/**
 * The checks of a carbon-neutrality claim, apart from certification: under ISO 14068-1:2023 a
 * claim is <em>verified</em>, not certified. Each check is a finding:
 *
 * <ul>
 *   <li>{@code claim.footprint} and {@code claim.plan}: the footprint report and the
 *       carbon-neutrality management plan exist;</li>
 *   <li>{@code claim.reductions-first}: reductions come before offsets — the claim names its own
 *       reduction measures, and after the first period gross emissions fell against the previous
 *       period; under ISO 14068-1 a first period may not rest on offsets alone, under PAS 2060
 *       (legacy) it may;</li>
 *   <li>{@code claim.credit-flags}: every retirement counted carries every {@link CreditFlag};</li>
 *   <li>{@code claim.balance}: the net balance is zero or below;</li>
 *   <li>{@code claim.pas2060-withdrawn} (legacy mode): the claim was made no later than
 *       2025-11-30.</li>
 * </ul>
 *
 * <p>The rules are taken from this project's summary of the standards; the standards' texts were not read:
 * every source is unconfirmed. Thread-safe (no state).
 */
public final class ClaimVerification {

  private static final RuleSource ISO = RuleSource.unconfirmed("ISO 14068-1:2023",
      "as this project summarises it; the standard's text was not read");
  private static final RuleSource PAS = RuleSource.unconfirmed("PAS 2060:2014 (withdrawn)",
      "as this project summarises it; withdrawn at the end of November 2025");

  private ClaimVerification() {}

  /**
   * Checks a claim under {@code mode}.
   *
   * @param dossier the claim and its evidence, not null
   * @param mode the standard, not null
   * @return the findings, one per check
   */
  public static List<CertificationFinding> check(ClaimDossier dossier, ClaimMode mode) {
    RuleSource src = mode == ClaimMode.ISO_14068_1 ? ISO : PAS;
    NeutralityClaim claim = dossier.claim();
    NeutralityBalance balance = claim.balance();
    List<String> id = List.of(balance.claimId());
    List<CertificationFinding> f = new ArrayList<>();
    if (mode == ClaimMode.PAS_2060_LEGACY) {
      boolean inTime = !dossier.claimedOn().isAfter(ClaimMode.PAS_2060_WITHDRAWN);
      f.add(CertificationFinding.of(inTime ? "claim.pas2060-in-time" : "claim.pas2060-withdrawn",
          PAS, inTime ? Verdict.CONFORMS : Verdict.MAJOR_NONCONFORMITY, id,
          dossier.claimedOn(), ClaimMode.PAS_2060_WITHDRAWN));
    }
    f.add(present("claim.footprint", src, id, dossier.footprintReportId().orElse(null)));
    f.add(present("claim.plan", src, id, dossier.managementPlanId().orElse(null)));
    boolean measures = !claim.reductionMeasures().isEmpty();
    if (claim.firstClaimPeriod()) {
      boolean ok = measures || mode == ClaimMode.PAS_2060_LEGACY;
      f.add(CertificationFinding.of(ok ? "claim.reductions-first" : "claim.offsets-only-first",
          src, ok ? Verdict.CONFORMS : Verdict.MAJOR_NONCONFORMITY, id,
          claim.reductionMeasures().size()));
    } else {
      boolean reduced = claim.previousPeriodEmissions()
          .map(p -> p.minus(balance.grossEmissions()).isPositive()).orElse(false);
      boolean ok = measures && reduced;
      f.add(CertificationFinding.of(ok ? "claim.reductions-first" : "claim.no-reduction", src,
          ok ? Verdict.CONFORMS : Verdict.MAJOR_NONCONFORMITY, id,
          claim.reductionMeasures().size(), balance.grossEmissions(),
          claim.previousPeriodEmissions().map(String::valueOf).orElse("-")));
    }
    List<String> lacking = new ArrayList<>();
    for (Retirement r : balance.counted()) {
      Set<CreditFlag> missing = EnumSet.allOf(CreditFlag.class);
      missing.removeAll(dossier.creditFlags().getOrDefault(r.eventId(), Set.of()));
      if (!missing.isEmpty()) {
        lacking.add(r.eventId() + " " + missing);
      }
    }
    f.add(lacking.isEmpty()
        ? CertificationFinding.of("claim.credit-flags", src, Verdict.CONFORMS, id,
            balance.counted().size())
        : CertificationFinding.of("claim.credit-flags-missing", src,
            Verdict.MAJOR_NONCONFORMITY, lacking, String.join("; ", lacking)));
    f.add(CertificationFinding.of(balance.neutral() ? "claim.balance" : "claim.shortfall", src,
        balance.neutral() ? Verdict.CONFORMS : Verdict.MAJOR_NONCONFORMITY, id,
        balance.netBalance(), balance.shortfall()));
    return f;
  }

  /** Whether every finding of {@code findings} conforms: the claim can be verified. */
  public static boolean verifiable(List<CertificationFinding> findings) {
    return findings.stream().noneMatch(CertificationFinding::isNonconformity);
  }

  private static CertificationFinding present(String rule, RuleSource src, List<String> id,
      String value) {
    return value == null
        ? CertificationFinding.of(rule + "-missing", src, Verdict.MAJOR_NONCONFORMITY, id)
        : CertificationFinding.of(rule, src, Verdict.CONFORMS, id, value);
  }
}
