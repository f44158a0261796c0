package org.cnms.examples.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cnms.assets.ledger.Ledger;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.reference.ReferenceData;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's files (the sample's layout is the documented format) loaded and computed:
 * {@code workspace.yaml} (name, assessment date, GWP set, intensity denominators) and {@code
 * system.yaml} (the management system of T/CAS 612 clauses 4 to 10 with its inventories), and an
 * optional {@code ledger.jsonl} (the carbon-asset ledger of clause 6.7).
 *
 * <p>Immutable, thread-safe.
 */
public final class Workspace {

  /** The class-path folder of the bundled sample. */
  public static final String SAMPLE_RESOURCE = "/org/cnms/examples/sample/";

  private final String name;
  private final ManagementSystem system;
  private final Calculator calculator;
  private final Ledger ledger;
  private final LocalDate assessmentDate;
  private final Map<String, Map<Integer, Amount>> denominators;

  private Workspace(String name, ManagementSystem system, Calculator calculator, Ledger ledger,
      LocalDate assessmentDate, Map<String, Map<Integer, Amount>> denominators) {
    this.name = name;
    this.system = system;
    this.calculator = calculator;
    this.ledger = ledger;
    this.assessmentDate = assessmentDate;
    this.denominators = denominators;
  }

  private interface Files2 {
    @Nullable String read(String file) throws IOException;
  }

  /**
   * Loads the workspace in {@code directory}.
   *
   * @throws WorkspaceException with every problem found, each naming file and line
   */
  public static Workspace load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new WorkspaceException(List.of(new Problem(directory.toString(), 0,
          "not a directory")));
    }
    return load(file -> {
      Path p = directory.resolve(file);
      return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    });
  }

  /** The bundled sample, read from the class path. */
  public static Workspace sample() {
    return load(file -> {
      try (InputStream in = Workspace.class.getResourceAsStream(SAMPLE_RESOURCE + file)) {
        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  private static Workspace load(Files2 files) {
    List<Problem> problems = new ArrayList<>();
    String ws = read(files, "workspace.yaml", problems);
    String sys = read(files, "system.yaml", problems);
    String name = "workspace";
    LocalDate date = LocalDate.now();
    String gwp = "AR5";
    Map<String, Map<Integer, Amount>> denominators = new LinkedHashMap<>();
    if (ws != null) {
      ObjectMapper yaml = CnmsJson.newYamlMapper();
      try {
        JsonNode root = yaml.readTree(ws);
        if (root == null || !root.isObject()) {
          problems.add(new Problem("workspace.yaml", 1, "expected a mapping of settings"));
        } else {
          name = root.path("name").asText(name);
          gwp = root.path("gwpSet").asText(gwp);
          if (root.hasNonNull("assessmentDate")) {
            try {
              date = LocalDate.parse(root.get("assessmentDate").asText());
            } catch (DateTimeParseException e) {
              problems.add(new Problem("workspace.yaml", lineOf(ws, "assessmentDate"),
                  "assessmentDate is not a date (yyyy-mm-dd): '"
                      + root.get("assessmentDate").asText() + "'"));
            }
          }
          readDenominators(ws, root.path("denominators"), denominators, problems);
        }
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        problems.add(new Problem("workspace.yaml", line, "malformed YAML: "
            + e.getOriginalMessage()));
      }
    }
    ManagementSystem system = null;
    if (sys != null) {
      try {
        system = CnmsJson.readYaml(new ByteArrayInputStream(sys.getBytes(StandardCharsets.UTF_8)),
            "system.yaml", ManagementSystem.class);
      } catch (InterchangeException e) {
        problems.add(new Problem("system.yaml", e.line(), stripLocation(e.getMessage())));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem("system.yaml", 0, String.valueOf(e.getMessage())));
      }
    }
    Ledger ledger = Ledger.create();
    String jsonl = null;
    try {
      jsonl = files.read("ledger.jsonl");
    } catch (IOException e) {
      problems.add(new Problem("ledger.jsonl", 0, "cannot read: " + e.getMessage()));
    }
    if (jsonl != null) {
      try {
        ledger = Ledger.importJsonLines(new StringReader(jsonl));
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(new Problem("ledger.jsonl", 0, String.valueOf(e.getMessage())));
      }
    }
    Calculator calculator = null;
    try {
      calculator = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
          .gwpSet(ReferenceData.gwpSet(gwp)).build();
    } catch (IllegalArgumentException e) {
      problems.add(new Problem("workspace.yaml", lineOf(ws == null ? "" : ws, "gwpSet"),
          String.valueOf(e.getMessage())));
    }
    if (!problems.isEmpty() || system == null || calculator == null) {
      throw new WorkspaceException(problems);
    }
    return new Workspace(name, system, calculator, ledger, date, denominators);
  }

  private static @Nullable String read(Files2 files, String file, List<Problem> problems) {
    try {
      String text = files.read(file);
      if (text == null) {
        problems.add(new Problem(file, 0, "missing: a workspace needs " + file));
      }
      return text;
    } catch (IOException e) {
      problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private static void readDenominators(String text, JsonNode node,
      Map<String, Map<Integer, Amount>> into, List<Problem> problems) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> indicator = it.next();
      Map<Integer, Amount> byYear = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> years = indicator.getValue().fields();
          years.hasNext(); ) {
        Map.Entry<String, JsonNode> year = years.next();
        JsonNode v = year.getValue();
        try {
          byYear.put(Integer.parseInt(year.getKey()),
              Amount.of(v.path("value").asText(), v.path("unit").asText()));
        } catch (IllegalArgumentException e) {
          problems.add(new Problem("workspace.yaml", lineOf(text, "'" + year.getKey() + "'"),
              "denominator of " + indicator.getKey() + " in " + year.getKey() + ": "
                  + e.getMessage()));
        }
      }
      into.put(indicator.getKey(), Map.copyOf(byYear));
    }
  }

  private static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith(key)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String stripLocation(String message) {
    int at = message.indexOf("cannot read ");
    return at > 0 ? message.substring(at) : message;
  }

  /** The workspace's name, e.g. {@code east-china-precision}. */
  public String name() {
    return name;
  }

  /** The management system with its inventories. */
  public ManagementSystem system() {
    return system;
  }

  /** The activity data. */
  public List<ActivityRecord> activity() {
    return List.of();
  }

  /** The calculator the inventories are computed with. */
  public Calculator calculator() {
    return calculator;
  }

  /** The inventories, in period order. */
  public List<GhgInventory> inventories() {
    return system.inventoriesByPeriod();
  }

  /** The carbon-asset ledger. */
  public Ledger ledger() {
    return ledger;
  }

  /** The date as of which the workspace is assessed. */
  public LocalDate assessmentDate() {
    return assessmentDate;
  }

  /** The current carbon-neutrality target, if there is one. */
  public Optional<CarbonNeutralityTarget> currentTarget() {
    return system.currentNeutralityTargets().stream().findFirst();
  }

  /** The current baseline: the one the current target refers to, or the first current one. */
  public Optional<Baseline> currentBaseline() {
    Optional<String> id = currentTarget().map(CarbonNeutralityTarget::baselineId);
    return system.currentBaselines().stream()
        .filter(b -> id.isEmpty() || b.id().equals(id.get())).findFirst()
        .or(() -> system.currentBaselines().stream().findFirst());
  }

  /** The denominator of an intensity indicator in a year (production, output value), if given. */
  public Optional<Amount> denominator(String indicatorId, int year) {
    return Optional.ofNullable(denominators.getOrDefault(indicatorId, Map.of()).get(year));
  }
}
