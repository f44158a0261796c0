// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Surrender;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.ghg.Co2e;

/**
 * The compliance check of an emissions trading scheme (碳排放权交易履约, T/CAS 612 clause 6.7 a):
 * compares the units surrendered for a compliance year with the obligation that year's verified
 * emissions create.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>obligation = verified emissions rounded to whole units by the scheme's
 *       {@linkplain EtsScheme#obligationRounding() rounding} (up to the next whole tonne by
 *       default: 10,000.4 tCO₂e need 10,001 allowances);</li>
 *   <li>surrendered allowances of the scheme's types count in full, unless their vintage is after
 *       the compliance year (no borrowing);</li>
 *   <li>surrendered credits of the scheme's credit types count up to the cap:
 *       {@code floor(obligation × creditCapPercent / 100)} units (a fraction of a unit cannot be
 *       surrendered, so the cap rounds down);</li>
 *   <li>other units surrendered for the year are ineligible and do not count;</li>
 *   <li>shortfall = obligation − counted units, if positive; compliant when zero.</li>
 * </ol>
 * Exact: integer arithmetic on units; the only rounding is the two stated above. Stateless and
 * thread-safe.
 */
public final class EtsCompliance {

  private EtsCompliance() {}

  /**
   * Checks compliance for {@code year} with the units the ledger shows surrendered for that year
   * (surrenders naming another scheme are left out).
   *
   * @param scheme the scheme, not null
   * @param year the compliance year
   * @param verifiedEmissions the verified emissions of that year, not negative
   * @param ledger the organisation's ledger, not null
   * @return the result
   * @throws IllegalArgumentException if the emissions are negative
   */
  public static ComplianceResult assess(EtsScheme scheme, int year, Co2e verifiedEmissions,
      Ledger ledger) {
    return assess(scheme, year, verifiedEmissions, ledger.surrendersFor(year).stream()
        .filter(s -> s.scheme().map(scheme.id()::equals).orElse(true)).toList());
  }

  /**
   * Checks compliance for {@code year} with the given surrenders; surrenders for another year are
   * ineligible.
   *
   * @param scheme the scheme, not null
   * @param year the compliance year
   * @param verifiedEmissions the verified emissions of that year, not negative
   * @param surrenders the units surrendered, not null
   * @return the result
   * @throws IllegalArgumentException if the emissions are negative
   */
  public static ComplianceResult assess(EtsScheme scheme, int year, Co2e verifiedEmissions,
      List<Surrender> surrenders) {
    if (verifiedEmissions.isNegative()) {
      throw new IllegalArgumentException("Verified emissions of compliance year " + year
          + " must not be negative, but were " + verifiedEmissions);
    }
    long obligation = verifiedEmissions.tonnes().setScale(0, scheme.obligationRounding())
        .longValueExact();
    long cap = BigDecimal.valueOf(obligation).multiply(scheme.creditCapPercent())
        .movePointLeft(2).setScale(0, RoundingMode.FLOOR).longValueExact();
    long allowances = 0;
    long credits = 0;
    long ineligible = 0;
    for (Surrender s : surrenders) {
      UnitBlock b = s.block();
      if (s.complianceYear() != year) {
        ineligible += b.quantity();
      } else if (scheme.allowanceTypes().contains(b.type()) && b.vintage() <= year) {
        allowances += b.quantity();
      } else if (scheme.creditTypes().contains(b.type())) {
        credits += b.quantity();
      } else {
        ineligible += b.quantity();
      }
    }
    long counted = Math.min(credits, cap);
    long shortfall = Math.max(0, obligation - allowances - counted);
    return ComplianceResult.builder().schemeId(scheme.id()).complianceYear(year)
        .verifiedEmissions(verifiedEmissions).obligation(obligation)
        .allowancesSurrendered(allowances).creditsSurrendered(credits).creditCap(cap)
        .creditsCounted(counted).ineligibleUnits(ineligible)
        .shortfall(Co2e.tonnes(BigDecimal.valueOf(shortfall))).compliant(shortfall == 0).build();
  }
}
