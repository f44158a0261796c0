// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Requirement;
import org.cnms.core.conformity.Verdict;
import org.cnms.examples.workspace.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample organisation assessed with every rule the SDK's modules contribute (core,
 * quantification, assets), found through the service-provider interface: every requirement a
 * rule judges from data conforms, the others ask for an auditor's evidence.
 */
class SampleConformityTest {

  @Test
  void everyMachineCheckableRequirementOfTheSampleConforms() {
    Workspace sample = Workspace.sample();
    ConformityAssessment assessment = ConformityAssessment.discover();
    Set<String> providers = new TreeSet<>();
    for (ConformityRule r : assessment.rules()) {
      providers.add(r.id().substring(0, r.id().indexOf('.')));
    }
    assertEquals(Set.of("assets", "core", "quant"), providers, "rules of every module");

    AssessmentReport report = assessment.assess(sample.assessmentContext());
    Map<String, Verdict> expected = new LinkedHashMap<>();
    for (Requirement r : RequirementCatalogue.tcas612().cited()) {
      boolean judged = assessment.rules().stream()
          .anyMatch(rule -> rule.requirementId().equals(r.id()));
      expected.put(r.id(), judged ? Verdict.CONFORMS : Verdict.NEEDS_AUDITOR_EVIDENCE);
    }
    assertEquals(expected, report.verdicts(), () -> report.nonconformities().toString());
    // every clause the catalogue marks as judged from data has a rule
    List<String> withoutRule = new ArrayList<>();
    for (Requirement r : RequirementCatalogue.tcas612().cited()) {
      if (r.checkableFromData() && expected.get(r.id()) != Verdict.CONFORMS) {
        withoutRule.add(r.id());
      }
    }
    assertEquals(List.of(), withoutRule);
    assertEquals(41, expected.values().stream().filter(v -> v == Verdict.CONFORMS).count());
  }
}
