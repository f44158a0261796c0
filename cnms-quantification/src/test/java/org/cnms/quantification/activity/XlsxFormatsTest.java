// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a workbook cell's number format is read: a date, or a number with fixed decimals. */
class XlsxFormatsTest {

  @Test
  void exactlyExcelsBuiltInDateFormatIdsAreDates() {
    List<Integer> dates = new ArrayList<>();
    for (int id = 0; id <= 70; id++) {
      if (XlsxTable.isDate(id, null)) {
        dates.add(id);
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int[] range : new int[][] {{14, 22}, {27, 36}, {45, 47}, {50, 58}}) {
      for (int id = range[0]; id <= range[1]; id++) {
        expected.add(id);
      }
    }
    assertEquals(expected, dates);
  }

  @Test
  void aCustomFormatIsADateWhenItShowsAYearOrADayOutsideQuotesBracketsAndEscapes() {
    assertFalse(XlsxTable.isDate(null, null));
    assertFalse(XlsxTable.isDate(null, ""));
    assertFalse(XlsxTable.isDate(164, "General"));
    assertFalse(XlsxTable.isDate(164, "general"));
    assertTrue(XlsxTable.isDate(164, "yyyy\"年\"m\"月\"d\"日\""));
    assertTrue(XlsxTable.isDate(164, "yy"));
    assertTrue(XlsxTable.isDate(164, "d-mmm"));
    assertTrue(XlsxTable.isDate(164, "mmm d"));
    assertTrue(XlsxTable.isDate(164, "YYYY-MM-DD"));
    assertFalse(XlsxTable.isDate(164, "mmm"));
    assertFalse(XlsxTable.isDate(164, "0.00\" day\""));
    assertFalse(XlsxTable.isDate(164, "[Red]0.00"));
    assertFalse(XlsxTable.isDate(164, "[$-409]0"));
    assertFalse(XlsxTable.isDate(164, "\\d0"));
    assertFalse(XlsxTable.isDate(164, "[h]:mm"));
    // a quote inside brackets still opens quoted text; a stray ']' closes nothing
    assertTrue(XlsxTable.isDate(164, "]d"));
    assertTrue(XlsxTable.isDate(164, "\"x\"d"));
    assertFalse(XlsxTable.isDate(164, "[d]"));
    assertTrue(XlsxTable.isDate(164, "[d]\\xd"));
  }

  @Test
  void fixedDecimalsComeFromTheBuiltInIdsOrTheFormatsFractionZeros() {
    assertEquals(2, XlsxTable.fixedDecimals(2, null));
    assertEquals(2, XlsxTable.fixedDecimals(4, null));
    assertEquals(0, XlsxTable.fixedDecimals(3, null));
    assertEquals(0, XlsxTable.fixedDecimals(null, null));
    assertEquals(2, XlsxTable.fixedDecimals(164, "0.00"));
    assertEquals(1, XlsxTable.fixedDecimals(164, "#,##0.0"));
    assertEquals(3, XlsxTable.fixedDecimals(null, "0.000"));
    assertEquals(0, XlsxTable.fixedDecimals(164, "0"));
    assertEquals(0, XlsxTable.fixedDecimals(164, "#,##0"));
    assertEquals(0, XlsxTable.fixedDecimals(164, "General"));
    assertEquals(0, XlsxTable.fixedDecimals(164, "0.00%"));
  }
}
