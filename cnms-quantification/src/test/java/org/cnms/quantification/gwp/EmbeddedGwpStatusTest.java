// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the status column of the embedded GWP file is read per edition. */
class EmbeddedGwpStatusTest {

  private static Map<String, List<String>> status(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    EmbeddedGwpSets.editionStatus(text).forEach((k, v) -> out.put(k, List.of(v)));
    return out;
  }

  @Test
  void editionsNamedTakeTheirWordAndTheRestAreConfirmed() {
    Map<String, List<String>> s = status("SAR/AR4 confirmed; AR6 single (one source only)");
    assertEquals(List.of("confirmed", ""), s.get("SAR"));
    assertEquals(List.of("confirmed", ""), s.get("AR4"));
    assertEquals(List.of("single", "AR6 single (one source only)"), s.get("AR6"));
    // AR5 is not named: confirmed without a note
    assertEquals(List.of("confirmed", ""), s.get("AR5"));
    assertEquals(List.of("SAR", "AR4", "AR6", "AR5"), List.copyOf(s.keySet()));
  }

  @Test
  void aStatusWithoutEditionsAppliesToAllWithItsOwnNote() {
    Map<String, List<String>> s = status("single: one published value");
    assertEquals(List.of("SAR", "AR4", "AR5", "AR6"), List.copyOf(s.keySet()));
    for (List<String> v : s.values()) {
      assertEquals(List.of("single", "single: one published value"), v);
    }
    Map<String, List<String>> plain = status("confirmed");
    assertEquals(List.of("confirmed", ""), plain.get("AR6"));
    assertEquals(4, plain.size());
  }
}
