package org.cnms.examples.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.Requirement;
import org.cnms.core.conformity.RequirementCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Every requirement row (应 family or 需) of clause 6 is either judged by a rule of some module
 * (its {@code judgedItems()}) or listed in {@code judgement.tsv} with the reason only an auditor
 * can judge it — and never both.
 */
class ClauseSixCoverageTest {

  @Test
  void everyRequirementRowOfClause6IsJudgedByARuleOrAnAuditor() throws IOException {
    Set<String> byRule = new HashSet<>();
    for (ConformityRule r : ConformityAssessment.discover().rules()) {
      if (!r.beyondTheStandard()) {
        r.judgedItems().forEach(i -> byRule.add(r.requirementId() + " " + i));
      }
    }
    Set<String> byAuditor = new HashSet<>();
    Path table = Path.of("..", "cnms-core", "src", "main", "resources", "org", "cnms", "core",
        "conformity", "judgement.tsv");
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length == 4 && cols[0].startsWith("6.")) {
        byAuditor.add(cols[0] + " " + cols[1]);
      }
    }
    List<String> neither = new ArrayList<>();
    List<String> both = new ArrayList<>();
    for (Requirement c : RequirementCatalogue.tcas612().cited()) {
      if (!c.id().startsWith("6.")) {
        continue;
      }
      for (RegisterItem i : c.requirementItems()) {
        String key = c.id() + " " + i.citation();
        if (!byRule.contains(key) && !byAuditor.contains(key)) {
          neither.add(key);
        }
        if (byRule.contains(key) && byAuditor.contains(key)) {
          both.add(key);
        }
      }
    }
    assertEquals(List.of(), neither, "judged by no rule and not listed for an auditor");
    assertEquals(List.of(), both, "judged by a rule and listed for an auditor");
  }
}
