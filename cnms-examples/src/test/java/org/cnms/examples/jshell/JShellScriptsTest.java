// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.progress.ProgressCalculator;
import org.cnms.quantification.progress.Projection;
import org.cnms.quantification.progress.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Runs each JShell script of {@code src/main/jshell} with the {@code jdk.jshell} API, snippet by
 * snippet, and checks what it prints against the SDK's own figures.
 */
class JShellScriptsTest {

  static final Path SCRIPTS = Path.of("src/main/jshell");

  /** Evaluates every snippet of {@code script}; fails on a rejected snippet or an exception. */
  static String run(String script) throws Exception {
    String source = Files.readString(SCRIPTS.resolve(script), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture)
        .build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      System.setOut(capture);
      String remaining = source;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (!info.completeness().isComplete()) {
          fail(script + ": incomplete snippet at the end: " + remaining);
        }
        String snippet = info.source();
        remaining = info.remaining();
        for (SnippetEvent e : shell.eval(snippet)) {
          if (e.status() == Snippet.Status.REJECTED) {
            String diags = shell.diagnostics(e.snippet())
                .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; "));
            fail(script + ": rejected snippet\n" + snippet + "\n" + diags);
          }
          if (e.exception() != null) {
            fail(script + ": snippet threw " + e.exception() + "\n" + snippet);
          }
        }
      }
    } finally {
      System.setOut(stdout);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickstartPrintsTheLatestInventoryByCategory() throws Exception {
    String out = run("quickstart.jsh");
    Workspace ws = Workspace.sample();
    int year = ws.years().get(ws.years().size() - 1);
    GhgInventory expected = ws.inventory(year).orElseThrow();
    assertTrue(out.startsWith(ws.system().organisation().name() + " — " + year + ", "
        + ws.activity(year).size() + " activity records"), out);
    assertTrue(expected.emissionsByCategory().size() >= 4, "a real inventory");
    for (Map.Entry<EmissionCategory, Co2e> e : expected.emissionsByCategory().entrySet()) {
      String figure = e.getValue().tonnes().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      assertTrue(out.contains(e.getKey().code() + " " + e.getKey().labelEn()), out);
      assertTrue(out.contains(figure + " tCO2e"), e.getKey() + " " + figure + " in\n" + out);
    }
    assertTrue(out.contains("Total emissions " + expected.totalEmissions().tonnes()
        .setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " tCO2e"), out);
  }

  @Test
  void whatIfPrintsTheYearEachScenarioReachesNetZero() throws Exception {
    String out = run("what-if.jsh");
    Workspace ws = Workspace.sample();
    CarbonNeutralityTarget target = ws.currentTarget().orElseThrow();
    EnumSet<EmissionCategory> covered = EnumSet.copyOf(target.coveredCategories());
    List<GhgInventory> inventories = new ArrayList<>();
    for (GhgInventory i : ws.inventories()) {
      inventories.add(GhgInventory.builder().id(i.id()).period(i.period()).gwpSet(i.gwpSet())
          .addAllLines(i.lines().stream().filter(l -> covered.contains(l.category())).toList())
          .build());
    }
    GhgInventory latest = inventories.get(inventories.size() - 1);
    ProgressCalculator calc = ProgressCalculator.withDefaultRounding();
    Projection fivePercent = calc.scenario(Scenario.constantReduction("x", "5"), latest, 2070,
        Co2e.ZERO);
    Projection tenPercent = calc.scenario(Scenario.constantReduction("x", "10"), latest, 2070,
        Co2e.ZERO);
    Projection renewables = calc.scenario(Scenario.renewableShare("x", "0", "10"), latest, 2070,
        Co2e.ZERO);
    Projection trend = calc.linearTrend(inventories, 2070, Co2e.ZERO);
    assertEquals(5, out.lines().filter(l -> l.contains("net zero in")).count(), out);
    assertTrue(out.contains("vision year " + target.visionYear()), out);
    assertTrue(line(out, "constant reduction 5 %").contains(when(fivePercent, target)), out);
    assertTrue(line(out, "constant reduction 10 %").contains(when(tenPercent, target)), out);
    assertTrue(line(out, "renewable share").contains(when(renewables, target)), out);
    assertTrue(line(out, "linear trend").contains(when(trend, target)), out);
  }

  static String when(Projection p, CarbonNeutralityTarget target) {
    return p.yearReached().map(y -> y + (y <= target.visionYear() ? " (by the vision year)"
        : " (after the vision year)")).orElse("not by 2070");
  }

  static String line(String out, String start) {
    return out.lines().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting " + start + " in\n" + out));
  }
}
