// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The exact rational sum of one inventory line: numerators per denominator, divided once. */
class RationalSumTest {

  private static final BigInteger THREE = BigInteger.valueOf(3);
  private static final BigInteger SIX = BigInteger.valueOf(6);

  @Test
  void oneThirdPlusOneSixthIsDividedOncePerDenominator() {
    RationalSum s = new RationalSum();
    s.part(THREE).add(1, 0);
    s.part(SIX).add(1, 0);
    // 1/3 → 0.333333333333 (12 places, no factor 2 or 5 in 3)
    // 1/6 → 0.166666666667 (max(0 + 1, 12) places: 6 = 2 × 3, half-even)
    assertEquals(new BigDecimal("0.500000000000"), s.total(12));
  }

  @Test
  void numeratorsOverOneDenominatorAreAddedBeforeTheDivision() {
    RationalSum s = new RationalSum();
    s.part(SIX).add(2, 0);
    s.part(SIX).add(1, 0);
    // 2/6 + 1/6 = 3/6, divided once: 0.5 at 12 places
    assertEquals(new BigDecimal("0.500000000000"), s.total(12));
    // 1/6 + 1/6 + 1/6 rounded per term would be 0.500000000001
    RationalSum perTerm = new RationalSum();
    perTerm.part(SIX).add(1, 0);
    BigDecimal sixth = perTerm.total(12);
    assertEquals(new BigDecimal("0.500000000001"), sixth.add(sixth).add(sixth));
  }

  @Test
  void theExactPartIsNotRoundedAndKeepsTheLargestScale() {
    RationalSum s = new RationalSum();
    s.part(BigInteger.ONE).add(12345, 3);       // 12.345
    s.part(BigInteger.ONE).add(5, 1);           // 0.5
    s.part(BigInteger.ONE).add(new BigDecimal("0.000001"));
    assertEquals(new BigDecimal("12.845001"), s.total(12));
  }

  @Test
  void aPartIsFoundByItsDenominatorValue() {
    RationalSum s = new RationalSum();
    RationalSum.Part p = s.part(new BigInteger("7"));
    assertSame(p, s.part(BigInteger.valueOf(7)));
    assertEquals(BigInteger.valueOf(7), p.denominator());
    assertNull(p.total());
  }

  @Test
  void whatOverflowsALongMovesIntoTheDecimalExactly() {
    RationalSum.Part p = new RationalSum().part(BigInteger.ONE);
    p.add(Long.MAX_VALUE, 2);
    p.add(Long.MAX_VALUE, 2);
    p.add(1, 4);
    // 2 × 92233720368547758.07 + 0.0001, at the largest scale 4
    assertEquals(new BigDecimal("184467440737095516.1401"), p.total());
  }

  @Test
  void anEmptySumHasNoTotal() {
    assertThrows(IllegalStateException.class, () -> new RationalSum().total(12));
  }

  @Test
  void theTotalIsTheBigDecimalSumWhateverTheOrderAndPartition() {
    qt().forAll(lists().of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
            .ofSizeBetween(1, 30), integers().between(0, 8), integers().between(0, 29))
        .checkAssert((values, scale, cut) -> {
          BigDecimal expected = BigDecimal.ZERO.setScale(scale);
          RationalSum whole = new RationalSum();
          RationalSum left = new RationalSum();
          RationalSum right = new RationalSum();
          for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            // a different scale per value, so that rescaling is exercised
            int s = (scale + i) % 9;
            expected = expected.add(BigDecimal.valueOf(v, s));
            whole.part(THREE).add(v, s);
            (i < cut ? left : right).part(THREE).add(v, s);
          }
          left.addAll(right);
          BigDecimal exactThird = whole.total(30);
          assertEquals(exactThird, left.total(30));
          assertEquals(expected.divide(new BigDecimal(3), Math.max(
              maxScale(values.size(), scale), 30), java.math.RoundingMode.HALF_EVEN), exactThird);
        });
  }

  private static int maxScale(int n, int scale) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      m = Math.max(m, (scale + i) % 9);
    }
    return m;
  }

  @Test
  void mergingAddsEachDenominatorToItsOwnPart() {
    RationalSum a = new RationalSum();
    a.part(THREE).add(1, 0);
    RationalSum b = new RationalSum();
    b.part(THREE).add(1, 0);
    b.part(BigInteger.ONE).add(new BigDecimal("2.50"));
    a.addAll(b);
    // 2/3 → 0.666666666667, plus 2.50 exactly
    assertEquals(new BigDecimal("3.166666666667"), a.total(12));
  }
}
