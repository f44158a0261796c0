// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The README's table of requirements: every requirement row (应 family or 需) of the item-level
 * register, with the rules that judge it, or the reason only an auditor can, and the observations
 * on good practice beyond T/CAS 612 beside it. Built from the catalogue and the rules' {@link
 * ConformityRule#judgedItems()}; the README must hold it as built (run with {@code
 * -Dcnms.writeReadme=true} to write it there).
 */
class RequirementsTableTest {

  private static final String START = "<!-- requirements-table:start -->";
  private static final String END = "<!-- requirements-table:end -->";

  @Test
  void everyRequirementRowIsJudgedByARuleOrByAnAuditorWithAReason() {
    List<String> unmapped = new ArrayList<>();
    Map<String, List<String>> rules = rulesByItem();
    for (RegisterItem item : RequirementCatalogue.tcas612().items()) {
      if (item.isRequirement() && !rules.containsKey(key(item, false))
          && item.auditorJudgement().isEmpty()) {
        unmapped.add(item.clause() + " " + item.citation());
      }
    }
    assertEquals(List.of(), unmapped, "requirement rows neither judged by a rule nor by an auditor");
  }

  @Test
  void noRowIsClaimedByARuleAndByAnAuditorAndNoRuleClaimsAnItemTheClauseLacks() {
    Map<String, List<String>> rules = rulesByItem();
    List<String> both = new ArrayList<>();
    for (RegisterItem item : RequirementCatalogue.tcas612().items()) {
      if (rules.containsKey(key(item, false)) && item.auditorJudgement().isPresent()) {
        both.add(item.clause() + " " + item.citation());
      }
    }
    assertEquals(List.of(), both);
    for (ConformityRule r : ConformityAssessment.discover().rules()) {
      for (String citation : r.judgedItems()) {
        RegisterItem item = RequirementCatalogue.tcas612().item(r.requirementId(), citation);
        assertTrue(r.beyondTheStandard() ? item.beyondTheStandard().isPresent()
            : item.isRequirement(), () -> r.id() + " claims " + item.cite() + ", which is "
            + (r.beyondTheStandard() ? "not marked beyond T/CAS 612" : "not a requirement"));
      }
    }
  }

  @Test
  void theReadmeHoldsTheTableAsBuilt() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String table = table();
    if (Boolean.getBoolean("cnms.writeReadme") && start >= 0 && end > start) {
      text = text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
      Files.writeString(readme, text, StandardCharsets.UTF_8);
      end = text.indexOf(END);
    }
    assertTrue(start >= 0 && end > start, "README.md lacks the markers " + START + " and " + END);
    assertEquals(table, text.substring(start + START.length() + 1, end),
        "README.md's table of requirements is out of date: run this test with"
            + " -Dcnms.writeReadme=true");
  }

  /** The Markdown table. */
  static String table() {
    Map<String, List<String>> rules = rulesByItem();
    StringBuilder b = new StringBuilder();
    b.append("| clause | item | verb | key term | judged by |\n");
    b.append("|---|---|---|---|---|\n");
    for (RegisterItem item : RequirementCatalogue.tcas612().items()) {
      if (!item.isRequirement()) {
        continue;
      }
      List<String> judged = rules.getOrDefault(key(item, false), List.of());
      String how = judged.isEmpty()
          ? item.auditorJudgement().map(r -> "auditor's judgement: " + r).orElse("—")
          : "`" + String.join("`, `", judged) + "`";
      List<String> beyond = rules.getOrDefault(key(item, true), List.of());
      if (!beyond.isEmpty()) {
        how += "; beyond T/CAS 612, an observation: `" + String.join("`, `", beyond) + "`";
      }
      b.append("| ").append(item.clause()).append(" | ")
          .append(item.citation().startsWith("—") ? "—" : item.citation()).append(" | ")
          .append(item.verb()).append(" | ").append(item.keyTerm().replace("|", "\\|"))
          .append(" | ").append(how.replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }

  private static Map<String, List<String>> rulesByItem() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ConformityRule r : ConformityAssessment.discover().rules()) {
      for (String citation : r.judgedItems()) {
        out.computeIfAbsent(r.requirementId() + " " + citation + (r.beyondTheStandard()
            ? " beyond" : ""), k -> new ArrayList<>()).add(r.id());
      }
    }
    return out;
  }

  private static String key(RegisterItem item, boolean beyond) {
    return item.clause() + " " + item.citation() + (beyond ? " beyond" : "");
  }
}
