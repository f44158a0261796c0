// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The unscaled long of a decimal, for the exact arithmetic of small values. */
class DecimalsTest {

  @Test
  void theUnscaledLongOfPositiveZeroAndNegativeScales() {
    assertEquals(132, Decimals.compactUnscaled(new BigDecimal("0.00132")));
    assertEquals(-4_200, Decimals.compactUnscaled(new BigDecimal("-42.00")));
    assertEquals(7, Decimals.compactUnscaled(new BigDecimal("7")));
    assertEquals(3, Decimals.compactUnscaled(new BigDecimal("3E+5")));
    assertEquals(0, Decimals.compactUnscaled(new BigDecimal("0E-9")));
    assertEquals(999_999_999_999_999_999L,
        Decimals.compactUnscaled(new BigDecimal("0.999999999999999999")));
    assertEquals(Decimals.NOT_COMPACT,
        Decimals.compactUnscaled(new BigDecimal("1.000000000000000000")));
  }

  @Test
  void itIsTheUnscaledValueWheneverThatHasAtMostEighteenDigits() {
    qt().forAll(SourceDSL.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
        SourceDSL.integers().between(-40, 40)).checkAssert((unscaled, scale) ->
          assertEquals(unscaled.longValue(),
              Decimals.compactUnscaled(BigDecimal.valueOf(unscaled, scale))));
  }
}
