// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerHead;
import org.cnms.assets.ledger.LedgerRuleException;
import org.cnms.assets.ledger.LedgerTamperedException;
import org.cnms.assets.ledger.LedgerVerification;
import org.cnms.core.Problem;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.IdSpelling;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ColumnMapping;
import org.cnms.quantification.activity.OverlapCheck;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.TraceMode;
import org.cnms.quantification.factor.FactorCsv;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.FallbackRule;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.indicator.IntensityDenominators;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.RefrigerantInventoryChange;
import org.cnms.quantification.method.RemovalMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workspace directory file by file, collecting every problem with its file and line, and
 * computes the inventories from the activity data. Used once per load; not thread-safe.
 */
final class WorkspaceLoader {

  static final String WORKSPACE = "workspace.yaml";
  static final String SYSTEM = "system.yaml";
  static final String FACTORS = "factors.csv";
  static final String LEDGER = "ledger.jsonl";
  static final String INTENSITY = "intensity.csv";
  static final String ACTIVITY = "activity";
  static final String FOOTPRINTS = "footprints";
  static final String REFRIGERANT_PREFIX = "refrigerant.";

  /** The years a workspace may report on (as the model's records). */
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;
  /** The digits an amount of activity data may have before and after the point. */
  private static final int MAX_DIGITS = 30;
  private static final String NO_ACTIVITY_HINT = "; a year without activity is declared in "
      + WORKSPACE + " under yearsWithoutActivity with its reason";
  static final Set<String> WORKSPACE_FIELDS = Set.of("name", "organisation", "years",
      "baseYear", "assessmentDate", "gwpSet", "inventoryIdPrefix", "factorLibrary",
      "neutralityClaims", "ledger", "yearsWithoutActivity");

  private final Path dir;
  private final ObjectMapper yaml = CnmsJson.newYamlMapper();
  private final ObjectMapper json = CnmsJson.newJsonMapper();
  private final List<Problem> problems = new ArrayList<>();

  // workspace.yaml
  private String name = "";
  private String organisation = "";
  private final List<Integer> years = new ArrayList<>();
  private int baseYear;
  private @Nullable LocalDate assessmentDate;
  private GwpSet gwpSet = ReferenceData.gwpSet("AR5");
  private String inventoryIdPrefix = "INV-";
  private String libraryName = "own-factors";
  private String libraryVersion = "1";
  private final Map<Integer, String> claims = new TreeMap<>();
  private final Map<Integer, Integer> claimLines = new HashMap<>();
  private final Map<Integer, LedgerHead> claimPins = new TreeMap<>();
  private final Map<Integer, Integer> pinLines = new HashMap<>();
  private final Map<Integer, String> yearsWithoutActivity = new TreeMap<>();
  private final Map<Integer, Integer> yearLines = new HashMap<>();

  // system.yaml
  private @Nullable ObjectNode systemTree;
  private String systemText = "";
  private @Nullable LineIndex systemLines;
  private final Map<String, String> sourceFacility = new LinkedHashMap<>();
  private final Set<String> sinkIds = new LinkedHashSet<>();


  // the ledger: --ledger, else workspace.yaml's ledger, else ledger.jsonl
  private final @Nullable LedgerLocation ledgerOverride;
  private @Nullable LedgerLocation ledgerLocation;

  /** The records kept in memory (see {@link ActivityPass#KEPT}). */
  private final int kept;

  WorkspaceLoader(Path dir, @Nullable LedgerLocation ledgerOverride) {
    this(dir, ledgerOverride, ActivityPass.KEPT);
  }

  WorkspaceLoader(Path dir, @Nullable LedgerLocation ledgerOverride, int kept) {
    this.dir = dir;
    this.ledgerOverride = ledgerOverride;
    this.kept = kept;
  }

  Workspace load() {
    if (!Files.isDirectory(dir)) {
      throw new WorkspaceException(List.of(Problem.at(dir.toString(), 0,
          "not a directory; a workspace is a directory holding " + WORKSPACE + " and "
              + SYSTEM)));
    }
    readWorkspace();
    readSystemTree();
    FactorLibrary own = readFactors();
    IntensityDenominators denominators = readDenominators();
    Map<String, List<ProductFootprint>> footprints = readFootprints();
    FactorLibrary library = library(own);
    Calculator calculator = calculator(library);
    ActivityRead activity = readActivity(calculator, footprints);
    checkUnreadFiles();
    checkYearsHaveActivity(activity.pass());
    Ledger ledger = readLedger();
    if (problems.isEmpty()) {
      checkPins(ledger);
    }

    Map<Integer, GhgInventory> inventories = new TreeMap<>();
    boolean computed = problems.isEmpty();
    if (computed) {
      inventories = inventories(activity);
      computed = problems.isEmpty();
    }
    ManagementSystem system = buildSystem(computed ? inventories : placeholders());
    if (system != null) {
      checkCoverage(system, activity.pass());
    }
    if (!problems.isEmpty()) {
      throw new WorkspaceException(problems);
    }
    return new Workspace(name, organisation, years, baseYear, assessmentDate, gwpSet, system,
        activity.data(), calculator, List.copyOf(inventories.values()), ledger, footprints,
        claims, inventoryIdPrefix, yearsWithoutActivity, claimPins, denominators);
  }

  // ------------------------------------------------------------------ files

  private String rel(Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private void problem(String file, int line, String message) {
    problems.add(Problem.at(file, Math.max(line, 0), message));
  }

  private @Nullable String textAt(String name, Path file) {
    if (!Files.exists(file)) {
      problem(name, 0, "the ledger file is missing");
      return null;
    }
    if (!isRegular(name, file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problem(name, 0, "cannot read the ledger: " + e.getMessage());
      return null;
    }
  }

  private @Nullable String text(String file, boolean required) {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) {
      if (required) {
        problem(file, 0, "the file is missing");
      }
      return null;
    }
    if (!isRegular(file, p)) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
          Files.readAllBytes(p))).toString();
    } catch (CharacterCodingException e) {
      problem(file, 0, "the file is not UTF-8 text");
    } catch (IOException e) {
      problem(file, 0, "cannot be read: " + e.getMessage());
    }
    return null;
  }

  /**
   * Whether {@code file} is a regular file (a symbolic link to one is); anything else — a device
   * such as /dev/zero, a named pipe, a folder — is a problem and is never read.
   */
  private boolean isRegular(String name, Path file) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    problem(name, 0, Files.isDirectory(file) ? "is a folder, not a file"
        : "is not a regular file (a device, a named pipe or a link to one); it is not read");
    return false;
  }

  private List<Path> list(String folder, String extension) {
    Path d = dir.resolve(folder);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.getFileName().toString().endsWith(extension))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + d + ": " + e.getMessage(), e);
    }
  }

  /** Parses a YAML or JSON document into a tree; a syntax error is a problem. */
  private @Nullable JsonNode tree(ObjectMapper mapper, String file, String text) {
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        problem(file, 0, "the file is empty");
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problem(file, loc == null ? 0 : loc.getLineNr(), "malformed "
          + (mapper == yaml ? "YAML" : "JSON") + (loc == null ? "" : " at column "
          + loc.getColumnNr()) + ": " + firstLine(e.getOriginalMessage()));
      return null;
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "syntax error";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    String first = nl < 0 ? m : m.substring(0, nl);
    String rest = nl < 0 ? "" : m.substring(nl + 1).strip();
    int nl2 = rest.indexOf('\n');
    String second = nl2 < 0 ? rest : rest.substring(0, nl2);
    if (!second.isEmpty() && !second.startsWith("in '") && !second.startsWith("at [")) {
      first = first + " " + second;
    }
    return first.replaceAll("\\s+", " ").strip();
  }

  // ------------------------------------------------------------------ workspace.yaml

  private void readWorkspace() {
    String text = text(WORKSPACE, true);
    if (text == null) {
      return;
    }
    JsonNode root = tree(yaml, WORKSPACE, text);
    if (root == null) {
      return;
    }
    LineIndex lines = LineIndex.of(yaml.getFactory(), text);
    if (!root.isObject()) {
      problem(WORKSPACE, 1, "expected a mapping of fields (name, years, …)");
      return;
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!WORKSPACE_FIELDS.contains(f)) {
        problem(WORKSPACE, lines.line("$." + f), "unknown field '" + f + "'; known fields: "
            + WORKSPACE_FIELDS.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
    name = requiredText(root, lines, "name");
    organisation = requiredText(root, lines, "organisation");
    JsonNode ys = root.get("years");
    if (ys == null || !ys.isArray() || ys.isEmpty()) {
      problem(WORKSPACE, lines.line("$.years"), "years must be a list of reporting years, e.g."
          + " [2021, 2022]");
    } else {
      for (int i = 0; i < ys.size(); i++) {
        JsonNode y = ys.get(i);
        if (!y.canConvertToInt() || !y.isIntegralNumber()) {
          problem(WORKSPACE, lines.line("$.years[" + i + "]"), "not a year: '" + y.asText()
              + "'");
        } else if (y.asInt() < MIN_YEAR || y.asInt() > MAX_YEAR) {
          problem(WORKSPACE, lines.line("$.years[" + i + "]"), "the year " + y.asInt()
              + " lies outside " + MIN_YEAR + "–" + MAX_YEAR);
        } else if (years.contains(y.asInt())) {
          problem(WORKSPACE, lines.line("$.years[" + i + "]"), "year " + y.asInt()
              + " is listed twice");
        } else {
          years.add(y.asInt());
          yearLines.put(y.asInt(), lines.line("$.years[" + i + "]"));
        }
      }
      years.sort(Integer::compare);
    }
    JsonNode by = root.get("baseYear");
    if (by == null || !by.isIntegralNumber() || !by.canConvertToInt()) {
      problem(WORKSPACE, lines.line("$.baseYear"), "baseYear must be a year");
    } else {
      baseYear = by.asInt();
      if (!years.isEmpty() && !years.contains(baseYear)) {
        problem(WORKSPACE, lines.line("$.baseYear"), "the base year " + baseYear
            + " is not one of the reporting years " + years);
      }
    }
    String date = requiredText(root, lines, "assessmentDate");
    if (!date.isEmpty()) {
      try {
        assessmentDate = LocalDate.parse(date);
        if (assessmentDate.getYear() < MIN_YEAR || assessmentDate.getYear() > MAX_YEAR) {
          problem(WORKSPACE, lines.line("$.assessmentDate"), "the assessment date " + date
              + " lies outside the years " + MIN_YEAR + "–" + MAX_YEAR);
        }
      } catch (DateTimeParseException e) {
        problem(WORKSPACE, lines.line("$.assessmentDate"), "not a date (YYYY-MM-DD): '" + date
            + "'");
      }
    }
    String gwp = requiredText(root, lines, "gwpSet");
    if (!gwp.isEmpty()) {
      try {
        gwpSet = ReferenceData.gwpSet(gwp);
      } catch (IllegalArgumentException e) {
        problem(WORKSPACE, lines.line("$.gwpSet"), e.getMessage());
      }
    }
    if (root.hasNonNull("inventoryIdPrefix")) {
      inventoryIdPrefix = root.get("inventoryIdPrefix").asText();
    }
    if (root.hasNonNull("ledger")) {
      try {
        ledgerLocation = LedgerLocation.parse(root.get("ledger").asText());
      } catch (IllegalArgumentException e) {
        problem(WORKSPACE, lines.line("$.ledger"), e.getMessage());
      }
    }
    JsonNode lib = root.get("factorLibrary");
    if (lib != null) {
      if (lib.hasNonNull("name")) {
        libraryName = lib.get("name").asText();
      }
      if (lib.hasNonNull("version")) {
        libraryVersion = lib.get("version").asText();
      }
    }
    JsonNode cl = root.get("neutralityClaims");
    if (cl != null) {
      for (int i = 0; i < cl.size(); i++) {
        JsonNode c = cl.get(i);
        String path = "$.neutralityClaims[" + i + "]";
        if (!c.hasNonNull("id") || !c.hasNonNull("year") || !c.get("year").isIntegralNumber()) {
          problem(WORKSPACE, lines.line(path), "a neutrality claim needs an id and a year");
        } else if (!years.contains(c.get("year").asInt())) {
          problem(WORKSPACE, lines.line(path + ".year"), "the claim " + c.get("id").asText()
              + " is for " + c.get("year").asInt() + ", not a reporting year");
        } else {
          addClaim(c.get("year").asInt(), c.get("id").asText(), lines.line(path));
          readPin(c, c.get("year").asInt(), lines, path);
        }
      }
    }
    readYearsWithoutActivity(root, lines);
  }

  /** A neutrality claim; a second claim for the same year is an error naming both. */
  private void addClaim(int year, String id, int line) {
    String first = claims.get(year);
    if (first != null) {
      problem(WORKSPACE, line, "a second neutrality claim for " + year + ": " + id
          + " here and " + first + " at " + WORKSPACE + ":" + claimLines.get(year)
          + "; a year has one claim");
      return;
    }
    claims.put(year, id);
    claimLines.put(year, line);
  }

  /**
   * A claim's {@code ledgerHead: {size: 5, hash: "…"}}: the head of the ledger the claim was
   * judged on, checked again against the ledger read ({@link #checkPins}).
   */
  private void readPin(JsonNode claim, int year, LineIndex lines, String path) {
    JsonNode pin = claim.get("ledgerHead");
    if (pin == null || !claims.get(year).equals(claim.get("id").asText())) {
      return;
    }
    int line = lines.line(path + ".ledgerHead");
    if (!pin.isObject() || !pin.path("size").isIntegralNumber()
        || !pin.path("hash").isTextual()) {
      problem(WORKSPACE, line, "ledgerHead must be {size: <entries>, hash: \"<hash of the last"
          + " entry>\"}");
      return;
    }
    try {
      claimPins.put(year, LedgerHead.of(pin.get("size").asLong(), pin.get("hash").asText()));
      pinLines.put(year, line);
    } catch (IllegalArgumentException e) {
      problem(WORKSPACE, line, "ledgerHead: " + e.getMessage());
    }
  }

  /**
   * Each claim that pins the ledger head it was judged on is checked against the ledger read: an
   * entry at that sequence with another hash (a rewritten history, even one rehashed), or a
   * ledger shorter than the pin (entries deleted), is an error naming the claim, the pinned head
   * and what the ledger holds. A ledger that has grown since is fine.
   */
  private void checkPins(Ledger ledger) {
    for (Map.Entry<Integer, LedgerHead> e : claimPins.entrySet()) {
      LedgerHead pin = e.getValue();
      String claim = claims.get(e.getKey());
      String pinned = "the claim " + claim + " was judged on the ledger head " + pin.size()
          + " entries, hash " + pin.hash();
      int line = pinLines.getOrDefault(e.getKey(), 0);
      if (ledger.size() < pin.size()) {
        problem(WORKSPACE, line, pinned + ", but the ledger holds only " + ledger.size()
            + " entries (head hash " + ledger.headHash() + "): entries were deleted");
      } else if (pin.size() > 0) {
        String held = ledger.entry(pin.size() - 1).hash();
        if (!held.equals(pin.hash())) {
          problem(WORKSPACE, line, pinned + ", but entry " + (pin.size() - 1) + " of the ledger"
              + " has hash " + held + ": the ledger's history was rewritten");
        }
      }
    }
  }

  /**
   * {@code yearsWithoutActivity: {2020: "plant closed"}}: reporting years that truly have no
   * activity data, each with its reason; any other year without activity records is an error.
   */
  private void readYearsWithoutActivity(JsonNode root, LineIndex lines) {
    JsonNode none = root.get("yearsWithoutActivity");
    if (none == null) {
      return;
    }
    if (!none.isObject()) {
      problem(WORKSPACE, lines.line("$.yearsWithoutActivity"), "yearsWithoutActivity must map"
          + " each year to its reason, e.g. {2020: \"plant closed\"}");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = none.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int line = lines.line("$.yearsWithoutActivity." + e.getKey());
      int year;
      try {
        year = Integer.parseInt(e.getKey().strip());
      } catch (NumberFormatException x) {
        problem(WORKSPACE, line, "yearsWithoutActivity: not a year: '" + e.getKey() + "'");
        continue;
      }
      if (!years.contains(year)) {
        problem(WORKSPACE, line, "yearsWithoutActivity names " + year + ", not a reporting year "
            + years);
      } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        problem(WORKSPACE, line, "yearsWithoutActivity: the year " + year + " needs its reason"
            + " (why it has no activity data), e.g. \"plant closed\"");
      } else {
        yearsWithoutActivity.put(year, e.getValue().asText().strip());
      }
    }
  }

  private String requiredText(JsonNode root, LineIndex lines, String field) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      problem(WORKSPACE, v == null ? 0 : lines.line("$." + field), "the field '" + field
          + "' is required");
      return "";
    }
    return v.asText().strip();
  }

  // ------------------------------------------------------------------ system.yaml (tree)

  private void readSystemTree() {
    String text = text(SYSTEM, true);
    if (text == null) {
      return;
    }
    JsonNode root = tree(yaml, SYSTEM, text);
    if (root == null) {
      return;
    }
    systemText = text;
    if (!root.isObject()) {
      problem(SYSTEM, 1, "expected the management system as a mapping of its records");
      return;
    }
    ObjectNode obj = (ObjectNode) root;
    if (obj.has("inventories")) {
      problem(SYSTEM, systemLines().line("$.inventories"), "inventories are computed from the"
          + " activity data in " + ACTIVITY + "/; remove them from " + SYSTEM);
      obj.remove("inventories");
    }
    for (JsonNode s : obj.path("sources")) {
      if (s.hasNonNull("id")) {
        sourceFacility.put(s.get("id").asText(), s.path("facilityId").asText(""));
      }
    }
    for (JsonNode s : obj.path("sinks")) {
      if (s.hasNonNull("id")) {
        sinkIds.add(s.get("id").asText());
        sourceFacility.put(s.get("id").asText(), s.path("facilityId").asText(""));
      }
    }
    systemTree = obj;
  }

  private Map<Integer, GhgInventory> placeholders() {
    Map<Integer, GhgInventory> m = new TreeMap<>();
    for (int y : years) {
      m.put(y, GhgInventory.builder().id(inventoryIdPrefix + y)
          .period(ReportingPeriod.calendarYear(y)).gwpSet(gwpSet.name()).build());
    }
    return m;
  }

  /** The lines of {@value #SYSTEM}'s fields and ids, indexed when a problem first needs one. */
  private LineIndex systemLines() {
    if (systemLines == null) {
      systemLines = LineIndex.of(yaml.getFactory(), systemText);
    }
    return systemLines;
  }

  private @Nullable ManagementSystem buildSystem(Map<Integer, GhgInventory> inventories) {
    if (systemTree == null) {
      return null;
    }
    ObjectNode tree = systemTree.deepCopy();
    tree.set("inventories", yaml.valueToTree(List.copyOf(inventories.values())));
    try {
      return yaml.treeToValue(tree, ManagementSystem.class);
    } catch (JsonProcessingException e) {
      InterchangeException x = CnmsJson.translate(null, ManagementSystem.class, e);
      String path = x.path();
      String message = x.problem();
      int line = systemLines().line(path);
      if (path.equals("$") || line == 0) {
        int byId = systemLines().lineOfFirstIdIn(message);
        line = byId > 0 ? byId : line;
      }
      problem(SYSTEM, line, (path.equals("$") ? "" : "at " + path + ": ") + message);
      return null;
    }
  }

  // ------------------------------------------------------------------ factors.csv

  /** The denominators of the intensity indicators, from the optional {@value #INTENSITY}. */
  private IntensityDenominators readDenominators() {
    String text = text(INTENSITY, false);
    if (text == null) {
      return IntensityDenominators.none();
    }
    List<Problem> found = new ArrayList<>();
    IntensityDenominators read = IntensityDenominators.read(new StringReader(text), INTENSITY,
        found::add);
    problems.addAll(found);
    return found.isEmpty() ? read : IntensityDenominators.none();
  }

  private FactorLibrary readFactors() {
    FactorLibrary empty = FactorLibrary.builder().name(libraryName).version(libraryVersion)
        .build();
    String text = text(FACTORS, false);
    if (text == null) {
      return empty;
    }
    List<Problem> found = new ArrayList<>();
    FactorLibrary read;
    try {
      read = FactorCsv.read(new StringReader(text), libraryName, libraryVersion, found::add);
    } catch (ArithmeticException e) {
      problem(FACTORS, 0, outOfRange(e));
      return empty;
    }
    for (Problem p : found) {
      problems.add(p.withSource(FACTORS).withMessage(firstLine(p.message())));
    }
    return found.isEmpty() ? read : empty;
  }

  // ------------------------------------------------------------------ footprints

  /** A footprint as read, with its file and the ids it names as its predecessors. */
  private record FootprintFile(ProductFootprint footprint, String file, Set<String> preceding) {}

  private Map<String, List<ProductFootprint>> readFootprints() {
    Map<String, List<ProductFootprint>> byProduct = new LinkedHashMap<>();
    List<FootprintFile> read = new ArrayList<>();
    for (Path p : list(FOOTPRINTS, ".json")) {
      String file = rel(p);
      String text = text(file, true);
      if (text == null) {
        continue;
      }
      JsonNode root = tree(json, file, text);
      if (root == null) {
        continue;
      }
      try {
        ProductFootprint pf = PactFootprints.fromJson(text);
        Set<String> preceding = new LinkedHashSet<>();
        root.path("precedingPfIds").forEach(n -> preceding.add(n.asText()));
        read.add(new FootprintFile(pf, file, preceding));
      } catch (InterchangeException e) {
        problem(file, LineIndex.of(json.getFactory(), text).line(e.path()),
            String.valueOf(e.getMessage()));
      } catch (IllegalArgumentException e) {
        problem(file, 0, e.getMessage() == null ? "invalid" : e.getMessage());
      }
    }
    for (FootprintFile f : activeFootprints(read)) {
      for (String id : f.footprint().productIds()) {
        byProduct.computeIfAbsent(id, k -> new ArrayList<>()).add(f.footprint());
      }
    }
    return byProduct;
  }

  /**
   * The footprints that apply: an active footprint that a later one names as its predecessor
   * ({@code precedingPfIds}) is replaced by it; two active footprints of one product for
   * overlapping periods, neither naming the other, are an error naming both files — which one
   * applies must never depend on the order of the files.
   */
  private List<FootprintFile> activeFootprints(List<FootprintFile> read) {
    Set<String> superseded = new LinkedHashSet<>();
    read.forEach(f -> superseded.addAll(f.preceding()));
    List<FootprintFile> kept = new ArrayList<>();
    for (FootprintFile f : read) {
      if (!superseded.contains(f.footprint().id())) {
        kept.add(f);
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        ProductFootprint a = kept.get(i).footprint();
        ProductFootprint b = kept.get(j).footprint();
        Set<String> products = new LinkedHashSet<>(a.productIds());
        products.retainAll(b.productIds());
        if (!products.isEmpty() && "Active".equals(a.status()) && "Active".equals(b.status())
            && a.referencePeriod().overlaps(b.referencePeriod())) {
          problem(kept.get(j).file(), 0, "a second active footprint of product "
              + products.iterator().next() + " for " + b.referencePeriod() + " (" + b.id()
              + "), overlapping " + kept.get(i).file() + " (" + a.id() + ", "
              + a.referencePeriod() + "); the newer one must name the older in precedingPfIds,"
              + " or one must be Deprecated");
        }
      }
    }
    return kept;
  }

  // ------------------------------------------------------------------ activity

  /** The pass over the activity files and what the workspace keeps of them. */
  private record ActivityRead(ActivityPass pass, ActivityData data) {}

  /**
   * Streams the activity files ({@code *.csv} and {@code *.xlsx}, by name) through the checks and
   * the accumulators of the years ({@link ActivityPass}); when they hold corrections, a second
   * pass leaves the corrected records out. Problems of rows and of the checks across records are
   * the loader's problems; problems of the calculation only when the files are otherwise sound.
   */
  private ActivityRead readActivity(Calculator calculator,
      Map<String, List<ProductFootprint>> footprints) {
    List<Path> files = new ArrayList<>(list(ACTIVITY, ".csv"));
    files.addAll(list(ACTIVITY, ".xlsx"));
    files.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
    if (files.isEmpty()) {
      problem(ACTIVITY + "/", 0, "no activity data: expected one or more CSV or .xlsx files");
    }
    files.removeIf(p -> !isRegular(rel(p), p));
    ActivityImport importer = null;
    if (!years.isEmpty()) {
      importer = ActivityImport.builder()
          .period(ReportingPeriod.calendarYears(years.get(0), years.get(years.size() - 1)))
          .knownSources(sourceFacility.keySet()).build();
    }
    List<Problem> before = new ArrayList<>(problems);
    ActivityPass pass = pass(importer, files, calculator, footprints, Set.of());
    Set<String> corrected = new LinkedHashSet<>();
    if (!pass.corrections.isEmpty()) {
      Map<String, String> correctedBy = new LinkedHashMap<>();
      List<Problem> conflicts = new ArrayList<>();
      for (ActivityImport.Located c : pass.corrections) {
        String target = c.record().corrects().orElseThrow();
        String first = correctedBy.putIfAbsent(target, c.record().id());
        if (first != null) {
          conflicts.add(Problem.at(c.source(), c.line(),
              OverlapCheck.correctedTwiceMessage(target, first, c.record().id())));
        }
      }
      corrected.addAll(correctedBy.keySet());
      // the second pass replaces the first: the same problems, but none of the corrected records
      problems.clear();
      problems.addAll(before);
      pass = pass(importer, files, calculator, footprints, corrected);
      for (ActivityImport.Located c : pass.corrections) {
        String target = c.record().corrects().orElseThrow();
        if (!pass.skipped.contains(target)) {
          problems.add(Problem.at(c.source(), c.line(),
              OverlapCheck.correctsNothingMessage(c.record().id(), target)));
        }
      }
      problems.addAll(conflicts);
    }
    ActivityImport reader = importer;
    if (reader != null) {
      pass.reportOverlaps(f -> reader.streamLocated(f, this::rel, p -> { }), files);
    }
    return new ActivityRead(pass, new ActivityData(pass.kept(), pass.count(), files, importer,
        this::rel, corrected, kept));
  }

  private ActivityPass pass(@Nullable ActivityImport importer, List<Path> files,
      Calculator calculator, Map<String, List<ProductFootprint>> footprints, Set<String> skip) {
    ActivityPass pass = new ActivityPass(years, sourceFacility, calculator, footprints, skip,
        this::problem, this::amountProblem, kept);
    if (importer == null || files.isEmpty()) {
      return pass;
    }
    try (Stream<ActivityImport.Located> rows = importer.streamLocated(files, this::rel,
        p -> rowProblem(pass, p))) {
      rows.forEach(pass::accept);
    } catch (ArithmeticException e) {
      problem(ACTIVITY + "/", 0, outOfRange(e));
    }
    pass.finish();
    return pass;
  }

  /**
   * A problem of a row, or of a whole file (no column): a file that gave no record is told how a
   * year without activity is declared.
   */
  private void rowProblem(ActivityPass pass, Problem p) {
    String hint = p.field().isEmpty() && !pass.fileHasRecords(p.source().orElse(""))
        ? NO_ACTIVITY_HINT : "";
    problems.add(p.withSource(p.source().orElse(ACTIVITY + "/"))
        .withMessage(suggestSource(p) + hint));
  }

  /** "Did you mean …" for a source id that differs from a known one only in spelling. */
  private String suggestSource(Problem err) {
    String message = err.message();
    String given = err.text().orElse(null);
    if (given == null || sourceFacility.containsKey(given)
        || !err.field().orElse("").equals(ColumnMapping.defaults().sourceId())) {
      return message;
    }
    for (String known : sourceFacility.keySet()) {
      if (IdSpelling.isLookAlike(known, given)) {
        return message + "; did you mean '" + known + "'? It differs only by case, width, a"
            + " dash or whitespace";
      }
    }
    return message;
  }

  /**
   * An amount with more than {@value #MAX_DIGITS} digits before or after the point (e.g.
   * {@code 1e999999999}, {@code 1e-999999999}) is a problem: no meter reads it, and computing with
   * it would exhaust the memory or overflow.
   */
  private @Nullable String amountProblem(ActivityRecord r) {
    java.math.BigDecimal v = r.amount().value();
    if (v.signum() == 0) {
      return null;
    }
    long integerDigits = (long) v.precision() - v.scale();
    if (integerDigits > MAX_DIGITS || v.scale() > MAX_DIGITS) {
      String text = v.precision() > MAX_DIGITS ? "a number of " + integerDigits
          + " digits before the point and " + v.scale() + " after it" : v.toString();
      return "record " + r.id() + ": the amount is out of range (at most " + MAX_DIGITS
          + " digits before and after the point), but was " + text;
    }
    return null;
  }

  /** The problem of a number too large or too small to compute with (bad input, not a bug). */
  static String outOfRange(ArithmeticException e) {
    return "a number is out of the range cnms computes with (" + e.getMessage() + "); amounts"
        + " have at most " + MAX_DIGITS + " digits before and after the point";
  }

  /** Files under activity/ and footprints/ that no reader reads are errors, never skipped. */
  private void checkUnreadFiles() {
    for (Completeness.Unread u : Completeness.unreadFiles(dir)) {
      problem(u.file(), 0, u.why());
    }
  }

  /**
   * Every reporting year has activity records, or is declared in yearsWithoutActivity with its
   * reason; a declared year that has records is an error too.
   */
  private void checkYearsHaveActivity(ActivityPass pass) {
    if (!problems.isEmpty()) {
      return;
    }
    Set<Integer> withRecords = pass.yearsWithRecords;
    for (int y : years) {
      boolean declared = yearsWithoutActivity.containsKey(y);
      if (!withRecords.contains(y) && !declared) {
        problem(WORKSPACE, yearLines.getOrDefault(y, 0), "the reporting year " + y + " has no"
            + " activity records in " + ACTIVITY + "/; add them, or declare the year under"
            + " yearsWithoutActivity with the reason it has none");
      } else if (withRecords.contains(y) && declared) {
        problem(WORKSPACE, yearLines.getOrDefault(y, 0), "the year " + y + " is declared"
            + " without activity (" + yearsWithoutActivity.get(y) + "), but " + ACTIVITY
            + "/ holds records of it");
      }
    }
  }

  /** Each source of the data-quality plan covers every year with activity with its records. */
  private void checkCoverage(ManagementSystem system, ActivityPass pass) {
    if (!problems.isEmpty()) {
      return;
    }
    List<Integer> withActivity = years.stream()
        .filter(y -> !yearsWithoutActivity.containsKey(y)).toList();
    for (Completeness.Gap g : Completeness.gaps(system, pass.coverage(), withActivity)) {
      ActivityPass.Location at = pass.firstOf(g.sourceId(), g.year());
      problem(at == null ? ACTIVITY + "/" : at.file(), at == null ? 0 : at.line(),
          g.describe());
    }
  }

  // ------------------------------------------------------------------ ledger

  private Ledger readLedger() {
    LedgerLocation location = ledgerOverride != null ? ledgerOverride : ledgerLocation;
    if (location != null && location.isJdbc()) {
      return readLedger(location);
    }
    if (ledgerOverride != null) {
      return readLedgerFile(ledgerOverride.toString(),
          ledgerOverride.file(Path.of("").toAbsolutePath()));
    }
    if (location != null) {
      return readLedgerFile(location.toString(), location.file(dir));
    }
    return readLedgerFile(LEDGER, dir.resolve(LEDGER));
  }

  /** The ledger in a database: its chain verified and its events replayed while it opens. */
  private Ledger readLedger(LedgerLocation location) {
    String name = location.toString();
    try (var store = location.open(dir)) {
      return Ledger.open(store);
    } catch (LedgerRuleException e) {
      problem(name, 0, e.getMessage());
    } catch (LedgerTamperedException e) {
      problem(name, 0, e.getMessage());
    } catch (IllegalStateException e) {
      problem(name, 0, e.getMessage());
    }
    return Ledger.create();
  }

  private Ledger readLedgerFile(String name, Path file) {
    String text = file.equals(dir.resolve(LEDGER)) ? text(LEDGER, false) : textAt(name, file);
    if (text == null) {
      return Ledger.create();
    }
    List<Integer> entryLines = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        entryLines.add(i + 1);
      }
    }
    LedgerVerification v = Ledger.verifyJsonLines(new StringReader(text));
    if (!v.intact()) {
      long index = v.firstAlteredIndex().orElse(0L);
      int line = index < entryLines.size() ? entryLines.get((int) index) : 0;
      problem(name, line, "the ledger does not verify: " + v.problem().orElse("altered"));
      return Ledger.create();
    }
    try {
      return Ledger.importJsonLines(new StringReader(text));
    } catch (LedgerRuleException e) {
      int line = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("\"id\":\"" + e.eventId() + "\"")) {
          line = i + 1;
          break;
        }
      }
      problem(name, line, e.getMessage());
    } catch (LedgerTamperedException e) {
      int line = e.index() < entryLines.size() ? entryLines.get((int) e.index()) : 0;
      problem(name, line, e.getMessage());
    }
    return Ledger.create();
  }

  // ------------------------------------------------------------------ computation

  private FactorLibrary library(FactorLibrary own) {
    FactorLibrary ref = ReferenceData.chinaFactorLibrary();
    return FactorLibrary.builder()
        .name(libraryName).version(libraryVersion + " + " + ref.nameAndVersion())
        .addAllFactors(ref.factors()).addAllFactors(own.factors())
        .addAllFuels(ref.fuels()).addAllFuels(own.fuels())
        .addFallbackRules(FallbackRule.LATEST_EARLIER_YEAR)
        .build();
  }

  private Calculator calculator(FactorLibrary library) {
    Calculator.Builder b = Calculator.builder().library(library).gwpSet(gwpSet)
        .traceMode(TraceMode.FULL);
    for (FuelParameters f : library.fuels()) {
      b.methodForKey(f.key(), FuelCombustionMethod.of(f.key()));
    }
    for (String sink : sinkIds) {
      b.methodForSource(sink, RemovalMethod.byActivityKey());
    }
    return b.build();
  }

  /**
   * The inventories of the years from the pass's accumulators, once every record is read: a
   * missing factor is reported at the first record that needed it, and no inventory is built.
   */
  private Map<Integer, GhgInventory> inventories(ActivityRead read) {
    ActivityPass pass = read.pass();
    problems.addAll(pass.calculation);
    Map<String, MissingFactor> missing = new LinkedHashMap<>(pass.missing);
    for (InventoryAccumulator acc : pass.byYear.values()) {
      for (MissingFactor f : acc.missingFactors()) {
        missing.merge(f.identity(), f, MissingFactor::merge);
      }
    }
    // where the first record of each missing factor is: read again, for these ids alone
    Map<String, ActivityPass.Location> places = new HashMap<>();
    missing.values().forEach(f -> f.recordIds().stream().findFirst()
        .ifPresent(id -> places.put(id, pass.missingAt(id))));
    if (places.containsValue(null)) {
      try (Stream<ActivityImport.Located> rows = read.data().located()) {
        rows.forEach(row -> {
          if (places.containsKey(row.record().id()) && places.get(row.record().id()) == null) {
            places.put(row.record().id(), new ActivityPass.Location(row.source(), row.line()));
          }
        });
      }
    }
    for (MissingFactor f : missing.values()) {
      ActivityPass.Location at = f.recordIds().isEmpty() ? null
          : places.get(f.recordIds().get(0));
      problem(at == null ? ACTIVITY + "/" : at.file(), at == null ? 0 : at.line(),
          "missing factor: " + f.describe());
    }
    Map<Integer, GhgInventory> result = new TreeMap<>();
    if (!problems.isEmpty()) {
      return result;
    }
    for (Map.Entry<Integer, InventoryAccumulator> e : pass.byYear.entrySet()) {
      try {
        result.put(e.getKey(), e.getValue().toInventory(inventoryIdPrefix + e.getKey(),
            ReportingPeriod.calendarYear(e.getKey())));
      } catch (IllegalArgumentException | IllegalStateException ex) {
        problem(ACTIVITY + "/", 0, "the inventory of " + e.getKey() + " cannot be built: "
            + ex.getMessage());
      }
    }
    return result;
  }

  /** The inventory-change quantification of a refrigerant leak recorded as the amount recharged. */
  static RefrigerantInventoryChange refrigerant(ActivityRecord r) {
    String name = r.activityKey().substring(REFRIGERANT_PREFIX.length());
    Amount zero = Amount.of(java.math.BigDecimal.ZERO, r.amount().unit());
    RefrigerantInventoryChange.Builder b = RefrigerantInventoryChange.builder()
        .id(r.id()).sourceId(r.sourceId()).facilityId(r.facilityId()).category(r.category())
        .period(r.period()).obtainedBy(r.obtainedBy()).stockAtStart(zero).stockAtEnd(zero)
        .purchased(r.amount());
    r.region().ifPresent(b::region);
    Optional<RefrigerantBlend> blend = ReferenceData.refrigerantBlends().stream()
        .filter(x -> x.designation().equalsIgnoreCase(name)).findFirst();
    if (blend.isPresent()) {
      b.blend(blend.get());
    } else {
      b.gas(GreenhouseGas.parse(name));
    }
    return b.build();
  }
}
