// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.PRODUCTS_USED;
import static org.cnms.core.ghg.EmissionCategory.TRANSPORTATION;
import static org.cnms.core.ghg.EmissionCategory.USE_OF_PRODUCTS;
import static org.cnms.quantification.uncertainty.SignificanceCriterion.EMPLOYEE_ENGAGEMENT;
import static org.cnms.quantification.uncertainty.SignificanceCriterion.LEVEL_OF_INFLUENCE;
import static org.cnms.quantification.uncertainty.SignificanceCriterion.MAGNITUDE;
import static org.cnms.quantification.uncertainty.SignificanceCriterion.RISK_OR_OPPORTUNITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.junit.jupiter.api.Test;

class SignificanceTest {

  private static final SignificanceMethod METHOD = SignificanceMethod.builder()
      .scoreThreshold(new BigDecimal("3")).magnitudeThreshold(new BigDecimal("5")).build();
  private static final Co2e TOTAL = Co2e.tonnes("1000");

  /* Scores 4, 2, 3 with weight 1 each: mean (4 + 2 + 3) / 3 = 3 ≥ 3 -> significant, QUANTIFY. */
  @Test
  void significantByScore() {
    SignificanceAssessment a = METHOD.assess(TRANSPORTATION,
        List.of(CriterionRating.of(MAGNITUDE, 4), CriterionRating.of(LEVEL_OF_INFLUENCE, 2),
            CriterionRating.of(RISK_OR_OPPORTUNITY, 3)),
        Optional.empty(), TOTAL, "Logistics is outsourced but steerable");
    assertTrue(a.significant());
    assertEquals(SignificanceDecision.QUANTIFY, a.decision());
    assertEquals(0, a.meanScore().compareTo(new BigDecimal("3")));
    assertTrue(a.share().isEmpty());
  }

  /*
   * Scores 1 and 1 (mean 1 < 3), but the estimate 60 t is 60·100/1000 = 6 % ≥ 5 % of the total:
   * significant by magnitude.
   */
  @Test
  void significantByMagnitude() {
    SignificanceAssessment a = METHOD.assess(PRODUCTS_USED,
        List.of(CriterionRating.of(MAGNITUDE, 1), CriterionRating.of(EMPLOYEE_ENGAGEMENT, 1)),
        Optional.of(Co2e.tonnes("60")), TOTAL, "Purchased steel");
    assertTrue(a.significant());
    assertEquals(0, a.share().orElseThrow().compareTo(new BigDecimal("6")));
  }

  /* Mean 1 < 3 and 20·100/1000 = 2 % < 5 %: not significant, EXCLUDE with the rationale. */
  @Test
  void excludedWithJustification() {
    SignificanceAssessment a = METHOD.assess(USE_OF_PRODUCTS,
        List.of(CriterionRating.of(MAGNITUDE, 1)), Optional.of(Co2e.tonnes("20")), TOTAL,
        "Products are passive parts without energy use");
    assertFalse(a.significant());
    assertEquals(SignificanceDecision.EXCLUDE, a.decision());
    assertEquals(0, a.share().orElseThrow().compareTo(new BigDecimal("2")));
    assertEquals("Products are passive parts without energy use", a.rationale());
  }

  /*
   * Weights: magnitude 2, influence 1. Scores 4 and 0: (2·4 + 1·0) / 3 = 8/3 = 2.666… < 3, not
   * significant; the reported mean is 2.666666666666667 (16 digits, half-even).
   */
  @Test
  void weightsCount() {
    SignificanceMethod weighted = METHOD.withWeights(
        java.util.Map.of(MAGNITUDE, new BigDecimal("2")));
    SignificanceAssessment a = weighted.assess(TRANSPORTATION,
        List.of(CriterionRating.of(MAGNITUDE, 4), CriterionRating.of(LEVEL_OF_INFLUENCE, 0)),
        Optional.empty(), TOTAL, "r");
    assertFalse(a.significant());
    assertEquals(new BigDecimal("2.666666666666667"), a.meanScore());
  }

  @Test
  void screeningNamesTheCategoriesToQuantify() {
    SignificanceScreening s = SignificanceScreening.builder().method(METHOD)
        .addAssessments(
            METHOD.assess(TRANSPORTATION, List.of(CriterionRating.of(MAGNITUDE, 5)),
                Optional.empty(), TOTAL, "big"),
            METHOD.assess(USE_OF_PRODUCTS, List.of(CriterionRating.of(MAGNITUDE, 0)),
                Optional.empty(), TOTAL, "none"))
        .build();
    assertEquals(EnumSet.of(TRANSPORTATION), s.categoriesToQuantify());
    assertEquals(EnumSet.of(USE_OF_PRODUCTS), s.excludedCategories());
    assertEquals(EnumSet.of(EmissionCategory.PURCHASED_ENERGY, PRODUCTS_USED,
        EmissionCategory.OTHER), s.unassessedCategories());
  }

  @Test
  void directCategoryIsNotAssessed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> METHOD.assess(DIRECT, List.of(CriterionRating.of(MAGNITUDE, 5)), Optional.empty(),
            TOTAL, "r"));
    assertEquals("SignificanceAssessment.category must be an indirect category (C2 to C6), but"
        + " was C1", e.getMessage());
  }

  @Test
  void badMethodsAndRatingsAreRejected() {
    assertEquals("CriterionRating.score of MAGNITUDE must be between 0 and 5, but was 6",
        assertThrows(IllegalArgumentException.class,
            () -> CriterionRating.of(MAGNITUDE, 6)).getMessage());
    assertEquals("SignificanceMethod.magnitudeThreshold must be in (0, 100] percent, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> METHOD.withMagnitudeThreshold(BigDecimal.ZERO)).getMessage());
    assertEquals("SignificanceMethod.magnitudeThreshold must be in (0, 100] percent, but was"
        + " 100.5", assertThrows(IllegalArgumentException.class,
            () -> METHOD.withMagnitudeThreshold(new BigDecimal("100.5"))).getMessage());
    assertEquals("SignificanceMethod.scoreThreshold must be between 0 and 5, but was 5.1",
        assertThrows(IllegalArgumentException.class,
            () -> METHOD.withScoreThreshold(new BigDecimal("5.1"))).getMessage());
    assertEquals("SignificanceAssessment.ratings holds 'MAGNITUDE' twice",
        assertThrows(IllegalArgumentException.class, () -> METHOD.assess(TRANSPORTATION,
            List.of(CriterionRating.of(MAGNITUDE, 1), CriterionRating.of(MAGNITUDE, 2)),
            Optional.empty(), TOTAL, "r")).getMessage());
    assertEquals("SignificanceAssessment.rationale must not be blank, but was ' '",
        assertThrows(IllegalArgumentException.class, () -> METHOD.assess(TRANSPORTATION,
            List.of(CriterionRating.of(MAGNITUDE, 1)), Optional.empty(), TOTAL, " "))
            .getMessage());
  }

  @Test
  void screeningRejectsACategoryAssessedTwice() {
    SignificanceAssessment a = METHOD.assess(TRANSPORTATION,
        List.of(CriterionRating.of(MAGNITUDE, 5)), Optional.empty(), TOTAL, "big");
    assertEquals("SignificanceScreening.assessments holds 'C3' twice",
        assertThrows(IllegalArgumentException.class,
            () -> SignificanceScreening.builder().method(METHOD).addAssessments(a, a).build())
            .getMessage());
  }
}
