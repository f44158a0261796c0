// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Finding;
import org.cnms.report.render.AssessmentReportRenderer;
import org.cnms.core.testing.Bundles;
import org.cnms.examples.testing.SampleCopy;
import org.cnms.examples.workspace.Workspace;
import org.junit.jupiter.api.Test;

class ExampleTextsTest {

  @Test
  void noTextOfTheCommandLineUsesATermTheStandardDoesNot() {
    Bundles.assertNoWrongTerms("examples");
  }

  @Test
  void noFindingOnTheSampleOrItsBrokenCopiesUsesATermTheStandardDoesNot() {
    Workspace sample = Workspace.sample();
    AssessmentReport report = ConformityAssessment.discover().assess(sample.assessmentContext());
    List<String> problems = new ArrayList<>();
    for (Finding f : report.findings()) {
      for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
        Bundles.wrongTerms(f.message(l)).forEach(w -> problems.add(f.ruleId() + ": " + w));
      }
    }
    for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      Bundles.wrongTerms(AssessmentReportRenderer.markdown(report, l))
          .forEach(w -> problems.add("report: " + w));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noFileOfTheSampleUsesATermTheStandardDoesNot() throws IOException {
    List<String> problems = new ArrayList<>();
    Path sample = SampleCopy.sampleDirectory();
    List<Path> files;
    try (var walk = Files.walk(sample)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Bundles.wrongTerms(text).forEach(w -> problems.add(sample.relativize(p) + ": " + w));
    }
    assertEquals(22, files.size(), files::toString);
    assertEquals(List.of(), problems);
  }
}
