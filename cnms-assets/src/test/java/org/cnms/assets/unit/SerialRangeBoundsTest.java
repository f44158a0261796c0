// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The edges of {@link SerialRange}'s comparisons: first and last units, one past, other prefix. */
class SerialRangeBoundsTest {

  private final SerialRange r = SerialRange.of("CCER-1", 10, 20);

  @Test
  void containsBothEndsAndNothingBeyond() {
    assertTrue(r.contains(10));
    assertTrue(r.contains(20));
    assertFalse(r.contains(9));
    assertFalse(r.contains(21));
  }

  @Test
  void overlapsAtASingleSharedUnitOnly() {
    assertTrue(r.overlaps(SerialRange.of("CCER-1", 20, 30)));
    assertTrue(r.overlaps(SerialRange.of("CCER-1", 1, 10)));
    assertFalse(r.overlaps(SerialRange.of("CCER-1", 21, 30)));
    assertFalse(r.overlaps(SerialRange.of("CCER-1", 1, 9)));
    assertFalse(r.overlaps(SerialRange.of("CCER-2", 10, 20)));
  }

  @Test
  void enclosesItsOwnEdgesButNotOnePast() {
    assertTrue(r.encloses(SerialRange.of("CCER-1", 10, 20)));
    assertFalse(r.encloses(SerialRange.of("CCER-1", 9, 20)));
    assertFalse(r.encloses(SerialRange.of("CCER-1", 10, 21)));
    assertFalse(r.encloses(SerialRange.of("CCER-2", 10, 20)));
  }

  @Test
  void firstTakesOneToAll() {
    assertEquals(SerialRange.of("CCER-1", 10, 10), r.first(1));
    assertEquals(r, r.first(11));
    assertThrows(IllegalArgumentException.class, () -> r.first(0));
    assertThrows(IllegalArgumentException.class, () -> r.first(12));
  }

  @Test
  void ordersByPrefixThenStartThenEnd() {
    assertTrue(r.compareTo(SerialRange.of("CCER-2", 1, 2)) < 0);
    assertTrue(r.compareTo(SerialRange.of("CCER-1", 11, 12)) < 0);
    assertTrue(r.compareTo(SerialRange.of("CCER-1", 9, 30)) > 0);
    assertTrue(r.compareTo(SerialRange.of("CCER-1", 10, 21)) < 0);
    assertTrue(r.compareTo(SerialRange.of("CCER-1", 10, 19)) > 0);
    assertEquals(0, r.compareTo(SerialRange.of("CCER-1", 10, 20)));
  }

  @Test
  void equalRangesShareAHashAndNeighboursDiffer() {
    assertEquals(r.hashCode(), SerialRange.of("CCER-1", 10, 20).hashCode());
    assertEquals(("CCER-1".hashCode() * 31 + 10) * 31 + 20, r.hashCode());
    assertNotEquals(r, SerialRange.of("CCER-1", 10, 21));
    assertNotEquals(r, SerialRange.of("CCER-1", 11, 20));
    assertNotEquals(r, SerialRange.of("CCER-2", 10, 20));
  }
}
