// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.cnms.core.units.Ratio;
import org.junit.jupiter.api.Test;

/** The CSV reader's byte-order mark and blank lines; the scale a multiplier divides to. */
class CsvAndMultiplierTest {

  @Test
  void onlyTheFirstRecordLosesAByteOrderMarkAndBlankLinesAreSkipped() {
    List<Csv.Row> rows = Csv.read(new StringReader(
        "\uFEFFid,value\n\uFEFFx,1\n   \nonly\n# not a comment here\n"), false);
    assertEquals(List.of(List.of("id", "value"), List.of("\uFEFFx", "1"), List.of("only"),
        List.of("# not a comment here")), rows.stream().map(Csv.Row::fields).toList());
    assertEquals(List.of(1, 2, 4, 5), rows.stream().map(Csv.Row::number).toList());
    List<Csv.Row> plain = Csv.read(new StringReader("ab,c\n# note\n"), true);
    assertEquals(List.of(List.of("ab", "c")), plain.stream().map(Csv.Row::fields).toList());
  }

  @Test
  void aTerminatingRatioIsExactAndOtherwiseTheScaleCoversItsTwosAndFives() {
    Multiplier quarter = Multiplier.of(Ratio.of(new BigDecimal("0.25")));
    assertTrue(quarter.isExact());
    assertEquals(-1, quarter.scaleFor(new BigDecimal("1.5"), 0));
    assertEquals(new BigDecimal("0.375"), quarter.apply(new BigDecimal("1.5"), 0));
    // 1/12 = 1/(2² × 3): two more decimal places than the value, for the 2²
    Multiplier twelfth = Multiplier.of(Ratio.of(BigInteger.ONE, BigInteger.valueOf(12)));
    assertFalse(twelfth.isExact());
    assertEquals(3, twelfth.scaleFor(new BigDecimal("1.5"), 0));
    assertEquals(6, twelfth.scaleFor(new BigDecimal("1.5"), 6));
    assertEquals(new BigDecimal("0.125"), twelfth.apply(new BigDecimal("1.5"), 0));
    assertEquals(new BigDecimal("0.083333"), twelfth.apply(BigDecimal.ONE, 6));
  }

  @Test
  void aSumOfNumeratorProductsIsDividedOnceToTheScaleOfItsDenominator() {
    // 1.00 / 8 = 0.125: 2 + 3 places (8 = 2³) → 0.12500
    assertEquals(new BigDecimal("0.12500"), Multiplier.divide(new BigDecimal("1.00"),
        BigInteger.valueOf(8), 0));
    assertEquals(new BigDecimal("0.1250000"), Multiplier.divide(new BigDecimal("1.00"),
        BigInteger.valueOf(8), 7));
    BigDecimal same = new BigDecimal("3.10");
    assertEquals(same, Multiplier.divide(same, BigInteger.ONE, 9));
  }
}
