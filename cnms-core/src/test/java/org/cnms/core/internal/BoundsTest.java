// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The checks of record fields at their bounds, and what they return. */
class BoundsTest {

  @Test
  void aYearFrom1900To2200() {
    assertEquals(1900, Checks.requireYear("Target", "baseYear", 1900));
    assertEquals(2200, Checks.requireYear("Target", "baseYear", 2200));
    assertEquals(2025, Checks.requireYear("Target", "baseYear", 2025));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireYear("Target", "baseYear", 1899));
    assertEquals("Target.baseYear must be a year between 1900 and 2200, but was 1899",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Checks.requireYear("T", "y", 2201));
  }

  @Test
  void aPositiveDecimalIsAboveZero() {
    BigDecimal small = new BigDecimal("0.001");
    assertSame(small, Checks.requirePositive("Factor", "value", small));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requirePositive("Factor", "value", new BigDecimal("0.000")));
    assertEquals("Factor.value must be positive, but was 0.000", e.getMessage());
  }

  @Test
  void aPercentageFromZeroToOneHundred() {
    BigDecimal hundred = new BigDecimal("100.0");
    assertSame(hundred, Checks.requirePercentage("Target", "reduction", hundred));
    assertSame(BigDecimal.ZERO, Checks.requirePercentage("Target", "reduction", BigDecimal.ZERO));
    var e = assertThrows(IllegalArgumentException.class, () -> Checks.requirePercentage("Target",
        "reduction", new BigDecimal("100.01")));
    assertEquals("Target.reduction must be a percentage between 0 and 100, but was 100.01",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Checks.requirePercentage("T", "p", new BigDecimal("-0.01")));
  }

  @Test
  void aFractionFromZeroToOne() {
    BigDecimal one = new BigDecimal("1.000");
    assertSame(one, Checks.requireFraction("Blend", "share", one));
    BigDecimal zero = new BigDecimal("0.0");
    assertSame(zero, Checks.requireFraction("Blend", "share", zero));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireFraction("Blend", "share", new BigDecimal("1.001")));
    assertEquals("Blend.share must be a fraction between 0 and 1, but was 1.001",
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Checks.requireFraction("Blend", "share", new BigDecimal("-0.001")));
  }

  @Test
  void checksReturnWhatTheyChecked() {
    assertEquals("plant-1", Checks.requireId("Facility", "id", "plant-1"));
    List<String> ids = new ArrayList<>(List.of("a", "b"));
    assertSame(ids, Checks.requireNonEmpty("Plan", "actions", ids));
    assertSame(ids, Checks.requireDistinct("Plan", "actions", ids, Function.identity()));
    assertSame(ids, ListChecks.requireIds("Plan", "actions", ids));
    assertSame(ids, ListChecks.requireTexts("Plan", "notes", ids));
    assertEquals(3, Checks.requireAtLeast("Plan", "count", 3, 1));
    assertEquals(1, Checks.requireAtLeast("Plan", "count", 1, 1));
    assertEquals("6.2.1", ClauseIds.requireClauseId("Finding", "clause", "6.2.1"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> ListChecks.requireTexts("Plan", "notes", List.of("a", " ")));
    assertEquals("Plan.notes[1] must not be blank, but was ' '", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ListChecks.requireIds("Plan", "ids", List.of("a", "b", "a")));
    assertEquals("Plan.ids holds 'a' twice", e.getMessage());
  }

  @Test
  void anOutOfRangeExponentIsQuotedUpToFortyCharacters() {
    String text40 = "0.00000000000000000000000000000001E+1033";
    assertEquals(40, text40.length());
    var e = assertThrows(NumberFormatException.class, () -> Decimals.parse(text40));
    assertEquals("The exponent of '" + text40 + "' is out of range: at most 1000 digits before"
        + " or after the decimal point", e.getMessage());
    String text41 = "0.000000000000000000000000000000001E+1034";
    assertEquals(41, text41.length());
    e = assertThrows(NumberFormatException.class, () -> Decimals.parse(text41));
    assertEquals("The exponent of '" + text41.substring(0, 40) + "…' is out of range: at most"
        + " 1000 digits before or after the decimal point", e.getMessage());
    assertEquals(new BigDecimal("1000"), Decimals.plain(new BigDecimal("1E+3")));
    assertEquals(0, Decimals.plain(new BigDecimal("1E+3")).scale());
  }
}
