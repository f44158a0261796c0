// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cell readers of an activity import at the edges of what they accept. */
class ImportValuesTest {

  private static String numberError(String text, boolean grouping) {
    return assertThrows(ImportValues.BadValue.class, () -> ImportValues.number(text, grouping))
        .getMessage();
  }

  private static String dateError(String text) {
    return assertThrows(ImportValues.BadValue.class, () -> ImportValues.date(text)).getMessage();
  }

  private static String notADate(String text) {
    return "Not a date (2025-01-31, 2025-1-31, 2025/1/31 or 2025年1月31日): '" + text + "'";
  }

  @Test
  void foldTurnsExactlyTheFullWidthBlockIntoAscii() {
    // U+FF01 and U+FF5E are the first and last full-width forms; U+FF00 and U+FF5F are not
    assertEquals("!", ImportValues.fold("\uFF01"));
    assertEquals("~", ImportValues.fold("\uFF5E"));
    assertEquals("\uFF00", ImportValues.fold("\uFF00"));
    assertEquals("\uFF5F", ImportValues.fold("\uFF5F"));
    assertEquals("a!b", ImportValues.fold("a\uFF01b"));
    assertEquals("1 2", ImportValues.fold("１\u3000２"));
    assertEquals("12", ImportValues.fold("１２"));
    assertEquals("x~", ImportValues.fold(" x\uFF5E\u3000"));
  }

  @Test
  void numbersOfEveryDigitAndAtTheLengthLimitAreRead() throws Exception {
    assertEquals(new BigDecimal("9"), ImportValues.number("9", false));
    assertEquals(new BigDecimal("0"), ImportValues.number("0", false));
    assertEquals(new BigDecimal("1234567890"), ImportValues.number("1234567890", false));
    assertEquals(new BigDecimal("-0.09"), ImportValues.number("-0.09", false));
    String longest = "1" + "0".repeat(ImportValues.MAX_NUMBER_LENGTH - 1);
    assertEquals(new BigDecimal(longest), ImportValues.number(longest, false));
    assertEquals("Not a number: a number of 65 characters is longer than the 64 read",
        numberError(longest + "0", false));
  }

  @Test
  void aFirstGroupOfThreeDigitsIsAThousandsGroup() throws Exception {
    assertEquals(new BigDecimal("123456"), ImportValues.number("123,456", true));
    assertEquals(new BigDecimal("1234567.5"), ImportValues.number("1,234,567.5", true));
    String misplaced = "Not a number: '1234,567' has a misplaced thousands separator; groups are"
        + " of three digits, e.g. 1,234,567.5";
    assertEquals(misplaced, numberError("1234,567", true));
  }

  @Test
  void aCommaAfterTheDecimalPointIsNamedForWhatTheColumnDeclares() {
    assertEquals("Not a number: '1.5,3' has a comma after its decimal point",
        numberError("1.5,3", true));
    assertEquals("Not a number: '1.5,3' has a comma; the decimal separator is '.', and commas are"
        + " read as thousands separators only in a column declared to have them",
        numberError("1.5,3", false));
  }

  @Test
  void truncatedNumbersAreBadValuesNotCrashes() throws Exception {
    assertEquals("Not a number: ''", numberError("", false));
    assertEquals("Not a number: '-'", numberError("-", false));
    assertEquals("Not a number: '1e'", numberError("1e", false));
    assertEquals("Not a number: '1e-'", numberError("1e-", false));
    assertEquals(new BigDecimal("1E+30"), ImportValues.number("1e30", false));
    assertEquals(new BigDecimal("1E-30"), ImportValues.number("1E-30", false));
    assertEquals("Not a number: the exponent of '1e31' is beyond ±30, more than any measured"
        + " amount can be", numberError("1e31", false));
  }

  @Test
  void truncatedDatesAreBadValuesNotCrashes() {
    for (String text : new String[] {"", "202", "2025", "2025-", "2025-1", "2025-12", "2025-12-",
        "2025年1月1", "2025年1月"}) {
      assertEquals(notADate(text), dateError(text), text);
    }
  }

  @Test
  void monthsAndDaysHaveAtMostTwoDigits() throws Exception {
    assertEquals(notADate("2025-123-1"), dateError("2025-123-1"));
    assertEquals(notADate("2025-12-011"), dateError("2025-12-011"));
    assertEquals(notADate("20251-1-1"), dateError("20251-1-1"));
    assertEquals(LocalDate.of(2025, 12, 31), ImportValues.date("2025-12-31"));
    assertEquals(LocalDate.of(2025, 1, 9), ImportValues.date("2025年1月9日"));
    assertEquals("Not a date: '2025-2-29' names no day of the calendar", dateError("2025-2-29"));
  }
}
