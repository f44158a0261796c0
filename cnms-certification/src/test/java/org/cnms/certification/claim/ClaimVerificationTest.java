// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.neutrality.NeutralityClaim;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.certification.CertificationFinding;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class ClaimVerificationTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.calendarYear(2024);

  static Retirement retirement(String id, long units) {
    return Retirement.builder().eventId(id).date(LocalDate.of(2025, 3, 31))
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
            .vintage(2023).serials(SerialRange.of("CCER-" + id, 1, units)).build())
        .claimId("claim-2024").claimPeriod(Y2024).beneficiary("Acme").purpose("neutrality")
        .build();
  }

  /** Gross 1,000 t, removals 0, 600 + 400 units retired: net 0, neutral. */
  static NeutralityBalance balance(long secondBlock) {
    return NeutralityBalance.builder().claimId("claim-2024").period(Y2024)
        .addCoveredCategory(EmissionCategory.DIRECT).grossEmissions(Co2e.tonnes("1000"))
        .removals(Co2e.tonnes("0")).addCounted(retirement("r1", 600))
        .addCounted(retirement("r2", secondBlock)).build();
  }

  static ClaimDossier dossier(NeutralityClaim claim, String claimedOn) {
    return ClaimDossier.builder().claim(claim).footprintReportId("FP-2024")
        .managementPlanId("CNMP-2024").claimedOn(LocalDate.parse(claimedOn))
        .putCreditFlag("r1", EnumSet.allOf(CreditFlag.class))
        .putCreditFlag("r2", EnumSet.allOf(CreditFlag.class)).build();
  }

  static List<String> rules(List<CertificationFinding> f) {
    return f.stream().map(CertificationFinding::ruleId).toList();
  }

  @Test
  void aClaimWithReductionsAndFlaggedCreditsIsVerifiable() {
    NeutralityClaim c = NeutralityClaim.builder().balance(balance(400))
        .addReductionMeasure("LED retrofit").firstClaimPeriod(true).build();
    List<CertificationFinding> f = ClaimVerification.check(dossier(c, "2025-04-30"),
        ClaimMode.ISO_14068_1);
    assertEquals(List.of("claim.footprint", "claim.plan", "claim.reductions-first",
        "claim.credit-flags", "claim.balance"), rules(f));
    assertTrue(ClaimVerification.verifiable(f));
    assertEquals("Net balance 0 tCO2e: carbon-neutral.", f.get(4).message(Locale.ENGLISH));
  }

  @Test
  void aFirstPeriodOnOffsetsAloneFailsUnderIsoButNotUnderPas2060Legacy() {
    NeutralityClaim offsetsOnly = NeutralityClaim.builder().balance(balance(400))
        .firstClaimPeriod(true).build();
    List<CertificationFinding> iso = ClaimVerification.check(dossier(offsetsOnly, "2025-04-30"),
        ClaimMode.ISO_14068_1);
    assertTrue(rules(iso).contains("claim.offsets-only-first"));
    assertFalse(ClaimVerification.verifiable(iso));
    List<CertificationFinding> pas = ClaimVerification.check(dossier(offsetsOnly, "2025-04-30"),
        ClaimMode.PAS_2060_LEGACY);
    assertEquals(List.of("claim.pas2060-in-time", "claim.footprint", "claim.plan",
        "claim.reductions-first", "claim.credit-flags", "claim.balance"), rules(pas));
    assertTrue(ClaimVerification.verifiable(pas));
    // made after 2025-11-30: PAS 2060 no longer available
    List<CertificationFinding> late = ClaimVerification.check(dossier(offsetsOnly,
        "2025-12-01"), ClaimMode.PAS_2060_LEGACY);
    assertEquals("claim.pas2060-withdrawn", late.get(0).ruleId());
    assertFalse(ClaimVerification.verifiable(late));
  }

  @Test
  void laterPeriodsNeedReductionsAgainstThePreviousOne() {
    NeutralityClaim c = NeutralityClaim.builder().balance(balance(400))
        .addReductionMeasure("LED").previousPeriodEmissions(Co2e.tonnes("1000")).build();
    // 1,000 t against 1,000 t: not reduced
    assertTrue(rules(ClaimVerification.check(dossier(c, "2025-04-30"), ClaimMode.ISO_14068_1))
        .contains("claim.no-reduction"));
    NeutralityClaim reduced = c.withPreviousPeriodEmissions(Co2e.tonnes("1100"));
    assertTrue(rules(ClaimVerification.check(dossier(reduced, "2025-04-30"),
        ClaimMode.ISO_14068_1)).contains("claim.reductions-first"));
  }

  @Test
  void missingFlagsPlanAndShortfall() {
    NeutralityClaim c = NeutralityClaim.builder().balance(balance(300))
        .addReductionMeasure("LED").firstClaimPeriod(true).build();
    ClaimDossier d = dossier(c, "2025-04-30").withManagementPlanId(java.util.Optional.empty())
        .withCreditFlags(java.util.Map.of("r1", EnumSet.allOf(CreditFlag.class),
            "r2", Set.of(CreditFlag.ADDITIONAL, CreditFlag.PERMANENT,
                CreditFlag.NOT_DOUBLE_COUNTED, CreditFlag.PUBLICLY_RETIRED)));
    List<CertificationFinding> f = ClaimVerification.check(d, ClaimMode.ISO_14068_1);
    assertEquals(List.of("claim.footprint", "claim.plan-missing", "claim.reductions-first",
        "claim.credit-flags-missing", "claim.shortfall"), rules(f));
    assertEquals(List.of("r2 [THIRD_PARTY_VERIFIED]"), f.get(3).subjectIds());
    // 1,000 - 600 - 300 = 100 t still to offset
    assertEquals("Net balance 100 tCO2e: not carbon-neutral, 100 tCO2e still to offset.",
        f.get(4).message(Locale.ENGLISH));
  }
}
