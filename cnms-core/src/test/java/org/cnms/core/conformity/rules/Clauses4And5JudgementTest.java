package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.CoreRules;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Every requirement row (应 family or 需) of clauses 4 and 5 of the register is either judged by a
 * core rule (its {@code judgedItems()}) or listed in {@code judgement.tsv} with the reason only an
 * auditor can judge it; and nothing is listed twice or for a row that does not exist.
 */
class Clauses4And5JudgementTest {

  private static final List<String> CLAUSES = List.of("4.1", "4.2", "4.3.1", "4.3.2", "4.4",
      "5.1", "5.2", "5.3");

  private static List<String[]> judgementRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RequirementCatalogue.class.getResourceAsStream("judgement.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  @Test
  void everyRequirementRowOfClauses4And5IsJudgedByARuleOrAnAuditor() throws IOException {
    Set<String> byRule = new LinkedHashSet<>();
    for (ConformityRule rule : new CoreRules().rules()) {
      if (CLAUSES.contains(rule.requirementId()) && !rule.beyondTheStandard()) {
        rule.judgedItems().forEach(i -> byRule.add(rule.requirementId() + " " + i));
      }
    }
    Set<String> byAuditor = new LinkedHashSet<>();
    for (String[] row : judgementRows()) {
      if (CLAUSES.contains(row[0])) {
        assertEquals(4, row.length, String.join("|", row));
        assertEquals("auditor", row[2]);
        assertTrue(!row[3].isBlank());
        assertTrue(byAuditor.add(row[0] + " " + row[1]), "listed twice: " + row[0] + " " + row[1]);
      }
    }
    Set<String> rows = new LinkedHashSet<>();
    for (String clause : CLAUSES) {
      for (RegisterItem item : RequirementCatalogue.tcas612().get(clause).items()) {
        if (item.isRequirement()) {
          String key = clause + " " + item.citation();
          rows.add(key);
          assertTrue(byRule.contains(key) || byAuditor.contains(key), "not judged: " + key);
        }
      }
    }
    byRule.forEach(k -> assertTrue(rows.contains(k), "a rule judges no such row: " + k));
    byAuditor.forEach(k -> assertTrue(rows.contains(k), "no such row: " + k));
    // 4.4 is judged by an auditor only
    assertEquals(List.of("4.4 —1", "4.4 —2"), byAuditor.stream().filter(k -> k.startsWith("4.4"))
        .toList());
  }
}
