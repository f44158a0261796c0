// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void readsAsACompilerMessageWithEachUnknownPartLeftOut() {
    Problem p = Problem.builder().source("activity/2025.csv").line(14).column(6).field("amount")
        .text("24,9").message("'24,9' is not a number").build();
    assertEquals("activity/2025.csv:14:6: amount: '24,9' is not a number", p.toString());
    assertEquals("erp.xlsx[Sheet1]:3:2: x", Problem.builder().source("erp.xlsx").sheet("Sheet1")
        .line(3).column(2).message("x").build().toString());
    assertEquals("a.csv: The file is empty", Problem.ofSource("a.csv", "The file is empty")
        .toString());
    assertEquals("7: id: twice", Problem.builder().line(7).field("id").message("twice").build()
        .toString());
    assertRoundTrips(p, Problem.class);
  }

  @Test
  void aHugeTextIsKeptShortAndSaysHowLongItWas() {
    String huge = "9".repeat(10_000_000);
    Problem p = Problem.builder().line(2).text(huge).message("too long").build();
    String kept = p.text().get();
    assertEquals(true, kept.length() <= Problem.MAX_TEXT, kept);
    assertEquals(true, kept.endsWith("…(10000000 characters)"), kept);
    assertEquals("9".repeat(170), kept.substring(0, 170));
    assertThrows(IllegalArgumentException.class,
        () -> Problem.builder().line(-1).message("x").build());
  }

  @Test
  void interchangeExceptionCarriesItsProblemWithLineAndColumn() {
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.readYaml(
        new ByteArrayInputStream("message: x\ncolour: red\n".getBytes(StandardCharsets.UTF_8)),
        "p.yaml", Problem.class));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals("p.yaml", p.source().get());
    assertEquals(2, p.line());
    assertEquals("$.colour", p.field().get());
    assertEquals(e.line(), p.line());
    assertEquals(e.column(), p.column());
    assertEquals(e.problem(), p.message());
    assertEquals(e.path(), p.field().get());
  }

  @Test
  void anExcerptKeepsATextOfTheLimitAndShortensOneCharacterMore() {
    String limit = "x".repeat(Problem.MAX_TEXT);
    assertEquals(limit, Problem.excerpt(limit));
    assertEquals("ab", Problem.excerpt("ab"));
    String longer = "y".repeat(Problem.MAX_TEXT + 1);
    assertEquals("y".repeat(Problem.MAX_TEXT - 30) + "…(201 characters)", Problem.excerpt(longer));
    assertEquals(limit, Problem.builder().text(limit).message("m").build().text().orElseThrow());
  }
}
