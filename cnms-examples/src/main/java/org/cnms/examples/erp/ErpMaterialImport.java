// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.erp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.jspecify.annotations.Nullable;

/**
 * The ERP integration example (T/CAS 612 clause 9.1.1, collecting activity data): an ERP
 * material-movement extract (SAP MB51-like columns 物料凭证, 过账日期, 工厂, 物料, 数量, 单位,
 * 移动类型 …) mapped to activity data through a mapping file, with the report of the rows that
 * could not be mapped.
 *
 * <p>The mapping file (YAML) names the extract's columns, the date format, the movement types
 * taken and their sign (e.g. 101 goods receipt +1, 102 its reversal −1), each plant's facility,
 * each material's source, activity key and category (per plant), and the ERP's unit symbols the
 * unit registry does not know. Accepted rows are summed per source, activity key, unit and month
 * into one activity record each ({@code ERP-<source>-<yyyy-MM>}); a row is rejected — with its
 * row number (the header is row 1) and every reason — for an unknown plant, unmapped material,
 * movement type not taken, unknown unit, a quantity that is not a number, a date that is not a
 * date or lies outside the period. A month whose reversals exceed its receipts is rejected too.
 *
 * <pre>{@code
 * ErpMaterialImport erp = ErpMaterialImport.fromMapping(Path.of("erp/mapping.yaml"));
 * ErpMaterialImport.Result r = erp.read(Path.of("erp/mb51-2025q1.csv"),
 *     ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
 * r.records();   // activity records, ready for the calculator
 * r.rejected();  // row 9: material OF-PAPER-A4 at plant 3000 is not mapped; …
 * }</pre>
 * Immutable, thread-safe.
 */
public final class ErpMaterialImport {

  /** One row of the extract that was not taken, with its row number and the reasons. */
  public record RejectedRow(int row, String reason) {
    /** The row as {@code row 9: reason}. */
    @Override
    public String toString() {
      return "row " + row + ": " + reason;
    }
  }

  /**
   * The outcome of an import: the activity records, the rejected rows and how many rows were
   * read (the header not counted).
   */
  public record Result(List<ActivityRecord> records, List<RejectedRow> rejected, int rowsRead) {
    /** The canonical constructor; copies the lists. */
    public Result {
      records = List.copyOf(records);
      rejected = List.copyOf(rejected);
    }

    /** How many rows were taken. */
    public int rowsAccepted() {
      return rowsRead - (int) rejected.stream().filter(r -> r.row() > 0).count();
    }
  }

  private record MaterialMapping(String source, String activity, EmissionCategory category) {}

  private final Map<String, String> columns;
  private final DateTimeFormatter dateFormat;
  private final Map<String, Integer> movementTypes;
  private final Map<String, String> plants;
  private final Map<String, MaterialMapping> materials;
  private final UnitRegistry units;

  private ErpMaterialImport(Map<String, String> columns, DateTimeFormatter dateFormat,
      Map<String, Integer> movementTypes, Map<String, String> plants,
      Map<String, MaterialMapping> materials, UnitRegistry units) {
    this.columns = Map.copyOf(columns);
    this.dateFormat = dateFormat;
    this.movementTypes = Map.copyOf(movementTypes);
    this.plants = Map.copyOf(plants);
    this.materials = Map.copyOf(materials);
    this.units = units;
  }

  private static final List<String> COLUMNS = List.of("document", "item", "postingDate",
      "plant", "material", "quantity", "unit", "movementType");

  /**
   * Reads a mapping file.
   *
   * @param mappingFile the YAML mapping, not null
   * @return the import
   * @throws IllegalArgumentException naming the file, and the line where known, of what is wrong
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ErpMaterialImport fromMapping(Path mappingFile) {
    String text;
    try {
      text = Files.readString(mappingFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + mappingFile + ": " + e.getMessage(), e);
    }
    return fromMapping(text, mappingFile.getFileName().toString());
  }

  /**
   * Reads a mapping from YAML text.
   *
   * @param yaml the mapping
   * @param name the file name for messages
   * @throws IllegalArgumentException naming the file, and the line where known, of what is wrong
   */
  public static ErpMaterialImport fromMapping(String yaml, String name) {
    ObjectMapper mapper = CnmsJson.newYamlMapper();
    JsonNode root;
    try {
      root = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ":" + (e.getLocation() == null ? 0
          : e.getLocation().getLineNr()) + ": malformed YAML: " + e.getOriginalMessage()
          .lines().findFirst().orElse(""), e);
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> columns = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      String v = root.path("columns").path(c).asText("");
      if (v.isBlank()) {
        problems.add("columns." + c + " is required");
      }
      columns.put(c, v.strip());
    }
    DateTimeFormatter df = DateTimeFormatter.ISO_LOCAL_DATE;
    if (root.hasNonNull("dateFormat")) {
      try {
        df = DateTimeFormatter.ofPattern(root.get("dateFormat").asText().replace("yyyy", "uuuu"))
            .withResolverStyle(ResolverStyle.STRICT);
      } catch (IllegalArgumentException e) {
        problems.add("dateFormat: " + e.getMessage());
      }
    }
    Map<String, Integer> types = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("movementTypes").properties()) {
      int sign = e.getValue().asInt(0);
      if (sign != 1 && sign != -1) {
        problems.add("movementTypes." + e.getKey() + " must be 1 or -1");
      }
      types.put(e.getKey(), sign);
    }
    Map<String, String> plants = new LinkedHashMap<>();
    root.path("plants").properties().forEach(e -> plants.put(e.getKey(),
        e.getValue().asText()));
    Map<String, MaterialMapping> materials = new HashMap<>();
    int i = 0;
    for (JsonNode m : root.path("materials")) {
      String where = "materials[" + i++ + "]";
      String material = m.path("material").asText("");
      String plant = m.path("plant").asText("");
      String source = m.path("source").asText("");
      String activity = m.path("activity").asText("");
      if (material.isBlank() || source.isBlank() || activity.isBlank()) {
        problems.add(where + " needs material, source and activity");
        continue;
      }
      try {
        materials.put(key(material, plant), new MaterialMapping(source, activity,
            EmissionCategory.parse(m.path("category").asText(""))));
      } catch (IllegalArgumentException e) {
        problems.add(where + ".category: " + e.getMessage());
      }
    }
    UnitRegistry units = UnitRegistry.standard();
    for (Map.Entry<String, JsonNode> e : root.path("units").properties()) {
      try {
        MeasureUnit u = units.parse(e.getValue().asText());
        if (units.find(e.getKey()).isEmpty()) {
          units = units.withAlias(e.getKey(), u);
        }
      } catch (IllegalArgumentException ex) {
        problems.add("units." + e.getKey() + ": " + ex.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return new ErpMaterialImport(columns, df, types, plants, materials, units);
  }

  private static String key(String material, String plant) {
    return material + "@" + plant;
  }

  /**
   * Reads an extract (UTF-8 CSV with a header row) and maps it.
   *
   * @param extract the extract, not null
   * @param period the period every posting date must lie in
   * @return the records and the rejected rows
   * @throws UncheckedIOException if the file cannot be read
   */
  public Result read(Path extract, ReportingPeriod period) {
    try {
      return read(Files.readString(extract, StandardCharsets.UTF_8), period);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + extract + ": " + e.getMessage(), e);
    }
  }

  /** Reads an extract from CSV text; see {@link #read(Path, ReportingPeriod)}. */
  public Result read(String csv, ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<Row> rows;
    try {
      rows = rows(csv);
    } catch (IllegalArgumentException e) {
      return new Result(List.of(), List.of(new RejectedRow(0, e.getMessage())), 0);
    }
    List<RejectedRow> rejected = new ArrayList<>();
    if (rows.isEmpty()) {
      rejected.add(new RejectedRow(0, "the extract is empty; expected a header row"));
      return new Result(List.of(), rejected, 0);
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = rows.get(0).fields();
    for (int c = 0; c < names.size(); c++) {
      header.putIfAbsent(names.get(c).strip(), c);
    }
    List<String> absent = columns.values().stream().filter(c -> !header.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      rejected.add(new RejectedRow(1, "the header lacks the column(s) " + String.join(", ",
          absent)));
      return new Result(List.of(), rejected, rows.size() - 1);
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      int rowNumber = rows.get(r).number();
      List<String> f = rows.get(r).fields();
      List<String> reasons = new ArrayList<>();
      String plant = cell(f, header, "plant");
      String material = cell(f, header, "material");
      String facility = plants.get(plant);
      MaterialMapping mm = null;
      if (facility == null) {
        reasons.add("plant '" + plant + "' is not mapped to a facility");
      } else {
        mm = materials.get(key(material, plant));
        if (mm == null) {
          mm = materials.get(key(material, ""));
        }
        if (mm == null) {
          reasons.add("material " + material + " at plant " + plant + " is not mapped");
        }
      }
      String type = cell(f, header, "movementType");
      Integer sign = movementTypes.get(type);
      if (sign == null) {
        reasons.add("movement type " + type + " is not mapped (taken: "
            + String.join(", ", movementTypes.keySet().stream().sorted().toList()) + ")");
      }
      String qtyText = cell(f, header, "quantity");
      BigDecimal qty = null;
      try {
        qty = new BigDecimal(qtyText.replace(",", ""));
        if (qty.signum() < 0) {
          reasons.add("quantity " + qtyText + " is negative; reversals are movement types");
          qty = null;
        }
      } catch (NumberFormatException e) {
        reasons.add("quantity '" + qtyText + "' is not a number");
      }
      String unitText = cell(f, header, "unit");
      MeasureUnit unit = units.find(unitText).orElse(null);
      if (unit == null) {
        reasons.add("unit '" + unitText + "' is unknown (add it under units: in the mapping)");
      }
      String dateText = cell(f, header, "postingDate");
      LocalDate date = null;
      try {
        date = LocalDate.parse(dateText, dateFormat);
        if (!period.contains(date)) {
          reasons.add("posting date " + date + " lies outside " + period);
          date = null;
        }
      } catch (DateTimeParseException e) {
        reasons.add("posting date '" + dateText + "' is not a date");
      }
      if (!reasons.isEmpty() || mm == null || sign == null || qty == null || unit == null
          || date == null || facility == null) {
        rejected.add(new RejectedRow(rowNumber, String.join("; ", reasons)));
        continue;
      }
      YearMonth month = YearMonth.from(date);
      String gkey = mm.source() + "|" + mm.activity() + "|" + unit.code() + "|" + month;
      Group g = groups.computeIfAbsent(gkey, k -> new Group());
      g.mapping = mm;
      g.facility = facility;
      g.unit = unit;
      g.month = month;
      g.total = g.total.add(sign > 0 ? qty : qty.negate());
      g.rows.add(rowNumber);
      g.documents.add(cell(f, header, "document") + "/" + cell(f, header, "item"));
    }
    List<ActivityRecord> records = new ArrayList<>();
    for (Group g : groups.values()) {
      MaterialMapping mm = Objects.requireNonNull(g.mapping);
      YearMonth month = Objects.requireNonNull(g.month);
      if (g.total.signum() < 0) {
        rejected.add(new RejectedRow(g.rows.get(0), "the reversals of " + mm.source() + " in "
            + month + " exceed its postings (rows " + g.rows + ")"));
        continue;
      }
      LocalDate start = month.atDay(1).isBefore(period.start()) ? period.start() : month.atDay(1);
      LocalDate end = month.atEndOfMonth().isAfter(period.end()) ? period.end()
          : month.atEndOfMonth();
      records.add(ActivityRecord.builder()
          .id("ERP-" + mm.source() + "-" + month)
          .sourceId(mm.source()).facilityId(Objects.requireNonNull(g.facility))
          .category(mm.category()).activityKey(mm.activity())
          .amount(Amount.of(g.total, Objects.requireNonNull(g.unit)))
          .period(ReportingPeriod.of(start, end)).obtainedBy(ObtainedBy.INVOICED)
          .documentRef("ERP material documents " + String.join(", ", g.documents))
          .build());
    }
    rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
    return new Result(records, rejected, rows.size() - 1);
  }

  /** One record of the extract with the physical line it starts on (the header is line 1). */
  private record Row(int number, List<String> fields) {}

  private static final CsvMapper CSV = new CsvMapper();

  /**
   * The records of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line
   * breaks), read with Jackson's CSV parser: without a schema it gives each record as an array of
   * strings, and the location of a record's first value is the line the record starts on. A byte
   * order mark is skipped, blank lines are skipped but counted.
   *
   * @throws IllegalArgumentException naming the line where the text stops being CSV
   */
  private static List<Row> rows(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = CSV.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        int line = 0;
        for (t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
          if (fields.isEmpty()) {
            line = p.currentTokenLocation().getLineNr();
          }
          fields.add(p.getText());
        }
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        rows.add(new Row(line, List.copyOf(fields)));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the extract is not CSV at line "
          + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static final class Group {
    @Nullable MaterialMapping mapping;
    @Nullable String facility;
    @Nullable MeasureUnit unit;
    @Nullable YearMonth month;
    BigDecimal total = BigDecimal.ZERO;
    final List<Integer> rows = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
  }

  private String cell(List<String> fields, Map<String, Integer> header, String column) {
    Integer i = header.get(columns.get(column));
    return i == null || i >= fields.size() ? "" : fields.get(i).strip();
  }

  /**
   * Maps the sample's extract (or the files given) and prints the accepted count, the records
   * with their CO₂e computed by the sample workspace, and the rejected rows.
   *
   * @param args none for the bundled sample, or {@code extract.csv mapping.yaml [start end]}
   */
  public static void main(String[] args) {
    Path extract;
    Path mapping;
    ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 3, 31));
    if (args.length >= 2) {
      extract = Path.of(args[0]);
      mapping = Path.of(args[1]);
      if (args.length >= 4) {
        period = ReportingPeriod.of(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
      }
    } else {
      Path erp = Workspace.sampleDirectory().resolve("erp");
      extract = erp.resolve("mb51-2025q1.csv");
      mapping = erp.resolve("mapping.yaml");
    }
    try {
      Result r = fromMapping(mapping).read(extract, period);
      System.out.println("Rows read: " + r.rowsRead() + ", accepted: " + r.rowsAccepted()
          + ", rejected: " + r.rejected().size() + ", activity records: "
          + r.records().size());
      Workspace sample = args.length >= 2 ? null : Workspace.sample();
      for (ActivityRecord a : r.records()) {
        String co2e = "";
        if (sample != null) {
          try {
            co2e = " → " + sample.calculate(a).emissions();
          } catch (IllegalArgumentException | IllegalStateException e) {
            co2e = " (not quantified: " + e.getMessage() + ")";
          }
        }
        System.out.println("  " + a.id() + "  " + a.amount() + co2e);
      }
      System.out.println("Rejected rows:");
      r.rejected().forEach(x -> System.out.println("  " + x));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
