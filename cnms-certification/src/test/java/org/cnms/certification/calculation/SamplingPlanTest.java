// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SamplingPlanTest {

  static final SamplingRules MD1 = SamplingRules.iafMd1();

  @Test
  void fortySitesByHand() {
    // sqrt(40) = 6.3246: 7 initial; 0.6 x 6.3246 = 3.79 -> 4; 0.8 x 6.3246 = 5.06 -> 6
    SamplingPlan initial = SamplingPlan.of(MD1, AuditType.INITIAL, 40);
    SamplingPlan surveillance = SamplingPlan.of(MD1, AuditType.SURVEILLANCE, 40);
    SamplingPlan recert = SamplingPlan.of(MD1, AuditType.RECERTIFICATION, 40);
    assertEquals(7, initial.sampleSize());
    assertEquals(4, surveillance.sampleSize());
    assertEquals(6, recert.sampleSize());
    // a quarter at random, rounded up: 1.75 -> 2, 1 -> 1, 1.5 -> 2
    assertEquals(2, initial.randomSites());
    assertEquals(1, surveillance.randomSites());
    assertEquals(2, recert.randomSites());
    assertTrue(initial.centralFunctionAudited());
    // without sampling: 0.3 x 40 = 12 sites per surveillance year
    assertEquals(12, SamplingPlan.unsampledSitesPerSurveillanceYear(MD1, 40));
    // a site of 3 days reduced by at most half: 1.5
    assertEquals(new BigDecimal("1.5"), initial.minimumSiteDays(new BigDecimal("3")));
    assertEquals(new BigDecimal("1.5"), initial.minimumSiteDays(new BigDecimal("2.5")));
  }

  @Test
  void theCeilingIsExactAtPerfectSquares() {
    assertEquals(7, SamplingPlan.ceilFactorSqrt(BigDecimal.ONE, 49));
    assertEquals(8, SamplingPlan.ceilFactorSqrt(BigDecimal.ONE, 50));
    // 0.6 x sqrt(100) = 6 exactly; 0.8 x sqrt(25) = 4 exactly
    assertEquals(6, SamplingPlan.ceilFactorSqrt(new BigDecimal("0.6"), 100));
    assertEquals(4, SamplingPlan.ceilFactorSqrt(new BigDecimal("0.8"), 25));
    assertEquals(1, SamplingPlan.ceilFactorSqrt(new BigDecimal("0.6"), 1));
    assertEquals(1, SamplingPlan.of(MD1, AuditType.SURVEILLANCE, 1).sampleSize());
  }

  @Test
  void theTableCarriesItsProvenanceAndRefusesBadFigures() {
    assertTrue(MD1.rules().stream().noneMatch(SamplingRule::verified));
    assertEquals(new BigDecimal("0.6"), MD1.factor(AuditType.SURVEILLANCE));
    String bad = "key\tvalue\tverified\tsource\n"
        + "initial_factor\t1\tverified\tx\n"
        + "random_fraction\t1.5\tverified\tx\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SamplingRules.parse("bad.tsv", new StringReader(bad)));
    assertTrue(e.getMessage().contains("bad.tsv:3: random_fraction is out of range: 1.5"),
        e.getMessage());
    assertTrue(e.getMessage().contains("missing figures [max_site_time_reduction"),
        e.getMessage());
  }
}
