// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cnms.core.Problem;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes product footprints in the PACT v3 {@code ProductFootprint} JSON format (WBCSD
 * Partnership for Carbon Transparency, Technical Specifications for PCF Data Exchange 3.0), so
 * supplier-specific footprints (ISO 14067; T/CAS 612 clause 6.3, category 4) can be exchanged with
 * suppliers; {@link PactV2Footprints} reads the v2.x format into the same type.
 *
 * <p><b>Lossless.</b> Every property of the v3 {@code ProductFootprint} and its {@code pcf} is
 * read into {@link ProductFootprint}, properties the specification does not define are kept, and
 * {@link #toTree} writes the same JSON tree back: decimals are JSON strings both ways, read exactly
 * as written ({@code "42.0"} stays {@code 42.0}), and a timestamp or decimal spelled otherwise than
 * this class writes it ({@code +00:00} for {@code Z}) keeps its spelling.
 *
 * <p><b>Strict.</b> A document is refused, with every problem and its JSON path as a {@link
 * Problem} of an {@link InterchangeException}, when a property v3 makes mandatory is missing, a
 * value has the wrong JSON type, a decimal does not match the specification's pattern or sign
 * ({@code PositiveOrZeroDecimal} …), a timestamp is not an RFC 3339 date-time, an id is not a
 * UUID or an identifier not a URN, an enumerated value is not one of the specification's, a list
 * that must be non-empty or unique is not, more than one geography is declared, or
 * {@code specVersion} is not a 3.x version. Declared units map to the registry: {@code liter} L,
 * {@code kilogram} kg, {@code cubic meter} m3, {@code kilowatt hour} kWh, {@code megajoule} MJ,
 * {@code ton kilometer} tkm, {@code square meter} m2, {@code piece} pc, {@code hour} h; the unit
 * registry has no {@code megabit second}, so a footprint in it is refused with a problem saying
 * so. No network access.
 *
 * <p>Thread-safe.
 */
public final class PactFootprints {

  /** The PACT specification version written for footprints built without one. */
  public static final String SPEC_VERSION = "3.0.0";

  private static final Map<String, String> UNITS = units();
  private static final ObjectMapper MAPPER = CnmsJson.newJsonMapper();

  static final Pattern UUID = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  static final Pattern URN = Pattern.compile("^([uU][rR][nN]):.+");
  static final Pattern SPEC = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-\\d{8})?$");
  static final Pattern DECIMAL = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");
  static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
  static final Pattern SUBDIVISION = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{1,3}$");
  static final Pattern IPCC = Pattern.compile("^AR\\d+$");
  static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S*$");
  static final Pattern RFC3339 = Pattern.compile(
      "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");

  static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania",
      "Australia and New Zealand", "Central Asia", "Eastern Asia", "Eastern Europe",
      "Latin America and the Caribbean", "Melanesia", "Micronesia", "Northern Africa",
      "Northern America", "Northern Europe", "Polynesia", "South-eastern Asia", "Southern Asia",
      "Southern Europe", "Sub-Saharan Africa", "Western Asia", "Western Europe");
  static final List<String> STATUSES = List.of(ProductFootprint.ACTIVE,
      ProductFootprint.DEPRECATED);
  static final List<String> OPERATORS = List.of("PEF", "EPD International", "Other");
  static final List<String> CCU_APPROACHES = List.of("Cut-off", "Credit");
  static final List<String> COVERAGES = List.of("PCF calculation model", "PCF program",
      "product level");

  private PactFootprints() {}

  private static Map<String, String> units() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("liter", "L");
    m.put("kilogram", "kg");
    m.put("cubic meter", "m3");
    m.put("kilowatt hour", "kWh");
    m.put("megajoule", "MJ");
    m.put("ton kilometer", "tkm");
    m.put("square meter", "m2");
    m.put("piece", "pc");
    m.put("hour", "h");
    m.put("megabit second", "");
    return m;
  }

  /** The PACT v3 name of a declared unit, if PACT has one. */
  static Optional<String> pactUnit(MeasureUnit unit) {
    return UNITS.entrySet().stream().filter(e -> e.getValue().equals(unit.code()))
        .map(Map.Entry::getKey).findFirst();
  }

  /** The registry unit of a PACT declared-unit name. */
  static MeasureUnit registryUnit(String name) {
    String code = UNITS.get(name);
    if (code == null) {
      throw new IllegalArgumentException("'" + name + "' is not a PACT declared unit; expected"
          + " one of " + String.join(", ", UNITS.keySet()));
    }
    if (code.isEmpty()) {
      throw new IllegalArgumentException("the declared unit '" + name
          + "' has no unit in the unit registry");
    }
    return UnitRegistry.standard().byCode(code);
  }

  // ------------------------------------------------------------------ writing

  /**
   * The footprint as PACT v3 JSON, pretty-printed.
   *
   * @param pf the footprint, not null
   * @return the JSON text
   * @throws IllegalArgumentException listing every field PACT v3 requires that the footprint lacks,
   *     or a declared unit PACT has no name for
   */
  public static String toJson(ProductFootprint pf) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(pf));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The footprint as a PACT v3 JSON tree (see {@link #toJson}); a footprint read by {@link
   * #fromJson} gives back the tree it was read from.
   *
   * @param pf the footprint, not null
   * @return a new tree
   * @throws IllegalArgumentException as {@link #toJson} does
   */
  public static ObjectNode toTree(ProductFootprint pf) {
    List<String> lacking = new ArrayList<>();
    Writer w = new Writer(pf.sourceSpellings());
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", pf.id());
    root.put("specVersion", pf.specVersion());
    w.strings(root, "precedingPfIds", pf.precedingPfIds(), false);
    w.instant(root, "$", "created", Optional.of(pf.created()));
    root.put("status", pf.status());
    w.instant(root, "$", "validityPeriodStart", pf.validityPeriodStart());
    w.instant(root, "$", "validityPeriodEnd", pf.validityPeriodEnd());
    root.put("companyName", pf.companyName());
    w.strings(root, "companyIds", pf.companyIds(), true);
    root.put("productDescription", pf.productDescription());
    w.strings(root, "productIds", pf.productIds(), true);
    w.strings(root, "productClassifications", pf.productClassifications(), false);
    root.put("productNameCompany", pf.productNameCompany());
    pf.comment().ifPresent(c -> root.put("comment", c));
    ObjectNode pcf = root.putObject("pcf");
    String p = "$.pcf";
    Optional<String> unit = pactUnit(pf.declaredUnit());
    if (unit.isEmpty()) {
      lacking.add("declaredUnitOfMeasurement (PACT has no name for " + pf.declaredUnit() + ")");
    } else {
      pcf.put("declaredUnitOfMeasurement", unit.get());
    }
    w.decimal(pcf, p, "declaredUnitAmount", Optional.of(pf.declaredUnitAmount()));
    w.required(pcf, p, "productMassPerDeclaredUnit", pf.productMassPerDeclaredUnit(), lacking);
    w.instant(pcf, p, "referencePeriodStart", Optional.of(pf.referencePeriodStart()));
    w.instant(pcf, p, "referencePeriodEnd", Optional.of(pf.referencePeriodEnd()));
    pf.geographyRegionOrSubregion().ifPresent(g -> pcf.put("geographyRegionOrSubregion", g));
    pf.geographyCountry().ifPresent(g -> pcf.put("geographyCountry", g));
    pf.geographyCountrySubdivision().ifPresent(g -> pcf.put("geographyCountrySubdivision", g));
    pf.boundaryProcessesDescription().ifPresent(d -> pcf.put("boundaryProcessesDescription", d));
    w.decimal(pcf, p, "pcfExcludingBiogenicUptake", Optional.of(pf.pcfExcludingBiogenicUptake()));
    w.required(pcf, p, "pcfIncludingBiogenicUptake", pf.pcfIncludingBiogenicUptake(), lacking);
    w.required(pcf, p, "fossilCarbonContent", pf.fossilCarbonContent(), lacking);
    w.decimal(pcf, p, "biogenicCarbonContent", pf.biogenicCarbonContent());
    w.decimal(pcf, p, "recycledCarbonContent", pf.recycledCarbonContent());
    w.required(pcf, p, "fossilGhgEmissions", pf.fossilGhgEmissions(), lacking);
    w.decimal(pcf, p, "landUseChangeGhgEmissions", pf.landUseChangeGhgEmissions());
    w.decimal(pcf, p, "landCarbonLeakage", pf.landCarbonLeakage());
    w.decimal(pcf, p, "landManagementFossilGhgEmissions", pf.landManagementFossilGhgEmissions());
    w.decimal(pcf, p, "landManagementBiogenicCO2Emissions",
        pf.landManagementBiogenicCO2Emissions());
    w.decimal(pcf, p, "landManagementBiogenicCO2Removals",
        pf.landManagementBiogenicCO2Removals());
    w.decimal(pcf, p, "biogenicCO2Uptake", pf.biogenicCO2Uptake());
    w.decimal(pcf, p, "biogenicNonCO2Emissions", pf.biogenicNonCO2Emissions());
    w.decimal(pcf, p, "landAreaOccupation", pf.landAreaOccupation());
    w.decimal(pcf, p, "aircraftGhgEmissions", pf.aircraftGhgEmissions());
    pf.packagingEmissionsIncluded().ifPresent(b -> pcf.put("packagingEmissionsIncluded", b));
    w.decimal(pcf, p, "packagingGhgEmissions", pf.packagingGhgEmissions());
    w.decimal(pcf, p, "packagingBiogenicCarbonContent", pf.packagingBiogenicCarbonContent());
    w.decimal(pcf, p, "outboundLogisticsGhgEmissions", pf.outboundLogisticsGhgEmissions());
    pf.ccsTechnologicalCO2CaptureIncluded().ifPresent(b ->
        pcf.put("ccsTechnologicalCO2CaptureIncluded", b));
    w.decimal(pcf, p, "ccsTechnologicalCO2Capture", pf.ccsTechnologicalCO2Capture());
    pf.technologicalCO2CaptureOrigin().ifPresent(o ->
        pcf.put("technologicalCO2CaptureOrigin", o));
    w.decimal(pcf, p, "technologicalCO2Removals", pf.technologicalCO2Removals());
    w.decimal(pcf, p, "ccuCarbonContent", pf.ccuCarbonContent());
    pf.ccuCalculationApproach().ifPresent(a -> pcf.put("ccuCalculationApproach", a));
    pf.ccuCreditCertification().ifPresent(c -> pcf.put("ccuCreditCertification", c));
    w.strings(pcf, "ipccCharacterizationFactors", pf.ipccCharacterizationFactors(), true);
    if (pf.crossSectoralStandards().isEmpty()) {
      lacking.add("crossSectoralStandards");
    }
    w.strings(pcf, "crossSectoralStandards", pf.crossSectoralStandards(), true);
    if (!pf.productOrSectorSpecificRules().isEmpty()) {
      ArrayNode rules = pcf.putArray("productOrSectorSpecificRules");
      for (PactSectorSpecificRule r : pf.productOrSectorSpecificRules()) {
        ObjectNode o = rules.addObject();
        o.put("operator", r.operator());
        w.strings(o, "ruleNames", r.ruleNames(), true);
        r.otherOperatorName().ifPresent(n -> o.put("otherOperatorName", n));
        o.setAll(r.unknownProperties());
      }
    }
    w.required(pcf, p, "exemptedEmissionsPercent", pf.exemptedEmissionsPercent(), lacking);
    pf.exemptedEmissionsDescription().ifPresent(d -> pcf.put("exemptedEmissionsDescription", d));
    pf.allocationRulesDescription().ifPresent(d -> pcf.put("allocationRulesDescription", d));
    if (!pf.secondaryEmissionFactorSources().isEmpty()) {
      ArrayNode sources = pcf.putArray("secondaryEmissionFactorSources");
      for (PactEmissionFactorSource s : pf.secondaryEmissionFactorSources()) {
        ObjectNode o = sources.addObject();
        o.put("name", s.name());
        o.put("version", s.version());
        o.setAll(s.unknownProperties());
      }
    }
    w.decimal(pcf, p, "primaryDataShare", pf.primaryDataShare());
    pf.dataQuality().ifPresent(q -> {
      ObjectNode dqi = pcf.putObject("dqi");
      String d = "$.pcf.dqi";
      w.decimal(dqi, d, "coveragePercent", q.coveragePercent());
      w.decimal(dqi, d, "technologicalDQR", q.technologicalDQR());
      w.decimal(dqi, d, "temporalDQR", q.temporalDQR());
      w.decimal(dqi, d, "geographicalDQR", q.geographicalDQR());
      w.decimal(dqi, d, "completenessDQR", q.completenessDQR());
      w.decimal(dqi, d, "reliabilityDQR", q.reliabilityDQR());
      dqi.setAll(q.unknownProperties());
    });
    pf.verification().ifPresent(v -> {
      ObjectNode o = pcf.putObject("verification");
      v.coverage().ifPresent(c -> o.put("coverage", c));
      v.providerName().ifPresent(c -> o.put("providerName", c));
      w.instant(o, "$.pcf.verification", "completedAt", v.completedAt());
      v.standardName().ifPresent(c -> o.put("standardName", c));
      v.comments().ifPresent(c -> o.put("comments", c));
      o.setAll(v.unknownProperties());
    });
    pcf.setAll(pf.pcfUnknownProperties());
    if (!pf.extensions().isEmpty()) {
      ArrayNode ext = root.putArray("extensions");
      for (PactExtension e : pf.extensions()) {
        ObjectNode o = ext.addObject();
        o.put("specVersion", e.specVersion());
        o.put("dataSchema", e.dataSchema());
        e.documentation().ifPresent(d -> o.put("documentation", d));
        o.set("data", e.data().deepCopy());
        o.setAll(e.unknownProperties());
      }
    }
    root.setAll(pf.unknownProperties());
    if (!lacking.isEmpty()) {
      throw new IllegalArgumentException("Product footprint " + pf.id()
          + " cannot be written as PACT v3; it lacks " + String.join(", ", lacking));
    }
    return root;
  }

  /** Writes values, keeping a source's spelling where it still denotes the value. */
  private static final class Writer {
    private final Map<String, String> spellings;

    Writer(Map<String, String> spellings) {
      this.spellings = spellings;
    }

    void strings(ObjectNode node, String field, List<String> values, boolean always) {
      if (always || !values.isEmpty()) {
        ArrayNode a = node.putArray(field);
        values.forEach(a::add);
      }
    }

    void decimal(ObjectNode node, String path, String field, Optional<BigDecimal> value) {
      if (value.isEmpty()) {
        return;
      }
      String spelled = spellings.get(path + "." + field);
      if (spelled != null && DECIMAL.matcher(spelled).matches()
          && new BigDecimal(spelled).equals(value.get())) {
        node.put(field, spelled);
      } else {
        node.put(field, value.get().toPlainString());
      }
    }

    void required(ObjectNode node, String path, String field, Optional<BigDecimal> value,
        List<String> lacking) {
      if (value.isEmpty()) {
        lacking.add(field);
      }
      decimal(node, path, field, value);
    }

    void instant(ObjectNode node, String path, String field, Optional<Instant> value) {
      if (value.isEmpty()) {
        return;
      }
      String spelled = spellings.get(path + "." + field);
      if (spelled != null && value.get().equals(parseInstant(spelled))) {
        node.put(field, spelled);
      } else {
        node.put(field, value.get().toString());
      }
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a PACT v3 {@code ProductFootprint}.
   *
   * @param json the JSON text, not null
   * @return the footprint
   * @throws InterchangeException with every problem of the document and its JSON path
   */
  public static ProductFootprint fromJson(String json) {
    return fromJson(json, null);
  }

  /**
   * Reads a PACT v3 {@code ProductFootprint} from a named file or resource.
   *
   * @param json the JSON text, not null
   * @param source the file or resource, for the problems, or null
   * @return the footprint
   * @throws InterchangeException with every problem of the document and its JSON path
   */
  public static ProductFootprint fromJson(String json, @Nullable String source) {
    return fromTree(parse(json, source), source);
  }

  /**
   * Reads a PACT v3 {@code ProductFootprint} from a JSON tree.
   *
   * @param root the tree, not null
   * @param source the file or resource, for the problems, or null
   * @return the footprint
   * @throws InterchangeException with every problem of the document and its JSON path
   */
  public static ProductFootprint fromTree(JsonNode root, @Nullable String source) {
    Problems problems = new Problems(source);
    ProductFootprint pf = readV3(root, problems, true);
    problems.throwIfAny("Not a valid PACT v3 ProductFootprint");
    if (pf == null) {
      throw new IllegalStateException("no footprint and no problem");
    }
    return pf;
  }

  /**
   * Checks a PACT v3 {@code ProductFootprint} as {@link #fromTree} reads it.
   *
   * @param root the tree, not null
   * @return every problem found, empty if the footprint is valid
   */
  public static List<Problem> problems(JsonNode root) {
    Problems problems = new Problems(null);
    readV3(root, problems, true);
    return problems.list;
  }

  static JsonNode parse(String json, @Nullable String source) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      Problem.Builder p = Problem.builder().field("$").message("not JSON: "
          + e.getOriginalMessage());
      if (source != null) {
        p.source(source);
      }
      if (loc != null) {
        p.line(Math.max(0, loc.getLineNr())).column(Math.max(0, loc.getColumnNr()));
      }
      throw new InterchangeException(source, List.of(p.build()), "Not JSON: "
          + e.getOriginalMessage());
    }
  }

  static Instant parseInstant(String text) {
    if (!RFC3339.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an RFC 3339 date-time");
    }
    return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant();
  }

  /**
   * Reads a footprint in the v3 shape; {@code v3} false for a tree mapped from v2.x, where the
   * spec version is not checked and what v3 made mandatory later is optional.
   */
  static @Nullable ProductFootprint readV3(JsonNode root, Problems problems, boolean v3) {
    if (!root.isObject()) {
      problems.add("$", "a ProductFootprint must be a JSON object");
      return null;
    }
    Obj o = new Obj(root, "$", problems);
    ProductFootprint.Builder b = ProductFootprint.builder();
    o.string("id", true, UUID, "a UUID").ifPresent(b::id);
    o.string("specVersion", true, SPEC, "a version major.minor.patch").ifPresent(v -> {
      if (v3 && !v.startsWith("3.")) {
        problems.add("$.specVersion", "'" + v + "' is not a PACT v3 version (3.x.y)"
            + (v.startsWith("2.") ? "; read PACT v2.x with PactV2Footprints" : ""), v);
      }
      b.specVersion(v);
    });
    b.addAllPrecedingPfIds(o.strings("precedingPfIds", false, UUID, "a UUID"));
    o.instant("created", true).ifPresent(b::created);
    o.choice("status", true, STATUSES).ifPresent(b::status);
    Optional<Instant> vs = o.instant("validityPeriodStart", false);
    Optional<Instant> ve = o.instant("validityPeriodEnd", false);
    vs.ifPresent(b::validityPeriodStart);
    ve.ifPresent(b::validityPeriodEnd);
    if (vs.isPresent() && ve.isPresent() && ve.get().isBefore(vs.get())) {
      problems.add("$.validityPeriodEnd", "the validity period ends before it starts");
    }
    o.string("companyName", true, null, null).ifPresent(b::companyName);
    b.addAllCompanyIds(o.strings("companyIds", true, URN, "a URN"));
    o.anyString("productDescription", true).ifPresent(b::productDescription);
    b.addAllProductIds(o.strings("productIds", true, URN, "a URN"));
    b.addAllProductClassifications(o.strings("productClassifications", false, URN, "a URN"));
    o.string("productNameCompany", true, null, null).ifPresent(b::productNameCompany);
    o.anyString("comment", false).ifPresent(b::comment);
    o.objects("extensions").forEach(e -> b.addExtension(readExtension(e)));
    Optional<Obj> pcfNode = o.object("pcf", true);
    pcfNode.ifPresent(p -> readPcf(p, b, v3));
    b.putAllUnknownProperties(o.unknown());
    b.putAllSourceSpellings(problems.spellings);
    if (!problems.list.isEmpty()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add("$", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static PactExtension readExtension(Obj e) {
    PactExtension.Builder b = PactExtension.builder();
    e.string("specVersion", true, null, null).ifPresent(b::specVersion);
    e.string("dataSchema", true, URI, "a URI").ifPresent(b::dataSchema);
    e.string("documentation", false, URI, "a URI").ifPresent(b::documentation);
    e.object("data", true).ifPresent(d -> b.data(d.node.deepCopy()));
    e.known.add("data");
    b.putAllUnknownProperties(e.unknown());
    return e.problems.list.isEmpty() ? b.build() : PLACEHOLDER_EXTENSION;
  }

  private static final PactExtension PLACEHOLDER_EXTENSION = PactExtension.builder()
      .specVersion("0").dataSchema("x:x").data(MAPPER.createObjectNode()).build();

  private static void readPcf(Obj p, ProductFootprint.Builder b, boolean v3) {
    p.choice("declaredUnitOfMeasurement", true, List.copyOf(UNITS.keySet())).ifPresent(u -> {
      try {
        b.declaredUnit(registryUnit(u));
      } catch (IllegalArgumentException e) {
        p.problems.add(p.path + ".declaredUnitOfMeasurement", e.getMessage(), u);
      }
    });
    p.decimal("declaredUnitAmount", true, Sign.POSITIVE).ifPresent(b::declaredUnitAmount);
    p.decimal("productMassPerDeclaredUnit", v3, Sign.ANY)
        .ifPresent(b::productMassPerDeclaredUnit);
    Optional<Instant> start = p.instant("referencePeriodStart", true);
    Optional<Instant> end = p.instant("referencePeriodEnd", true);
    start.ifPresent(b::referencePeriodStart);
    end.ifPresent(b::referencePeriodEnd);
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      p.problems.add(p.path + ".referencePeriodEnd", "the reference period must end (exclusive)"
          + " after it starts, " + start.get());
    }
    Optional<String> region = p.choice("geographyRegionOrSubregion", false, REGIONS);
    Optional<String> country = p.string("geographyCountry", false, COUNTRY,
        "an ISO 3166-1 alpha-2 code");
    Optional<String> sub = p.string("geographyCountrySubdivision", false, SUBDIVISION,
        "an ISO 3166-2 code");
    if (region.isPresent() ? country.isPresent() || sub.isPresent()
        : country.isPresent() && sub.isPresent()) {
      p.problems.add(p.path, "at most one of geographyRegionOrSubregion, geographyCountry and"
          + " geographyCountrySubdivision may be given");
    }
    region.ifPresent(b::geographyRegionOrSubregion);
    country.ifPresent(b::geographyCountry);
    sub.ifPresent(b::geographyCountrySubdivision);
    p.anyString("boundaryProcessesDescription", false).ifPresent(b::boundaryProcessesDescription);
    p.decimal("pcfExcludingBiogenicUptake", true, Sign.ANY)
        .ifPresent(b::pcfExcludingBiogenicUptake);
    p.decimal("pcfIncludingBiogenicUptake", v3, Sign.ANY)
        .ifPresent(b::pcfIncludingBiogenicUptake);
    p.decimal("fossilCarbonContent", true, Sign.NON_NEGATIVE).ifPresent(b::fossilCarbonContent);
    p.decimal("biogenicCarbonContent", false, Sign.NON_NEGATIVE)
        .ifPresent(b::biogenicCarbonContent);
    p.decimal("recycledCarbonContent", false, Sign.NON_NEGATIVE)
        .ifPresent(b::recycledCarbonContent);
    p.decimal("fossilGhgEmissions", true, Sign.NON_NEGATIVE).ifPresent(b::fossilGhgEmissions);
    p.decimal("landUseChangeGhgEmissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::landUseChangeGhgEmissions);
    p.decimal("landCarbonLeakage", false, Sign.NON_NEGATIVE).ifPresent(b::landCarbonLeakage);
    p.decimal("landManagementFossilGhgEmissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::landManagementFossilGhgEmissions);
    p.decimal("landManagementBiogenicCO2Emissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::landManagementBiogenicCO2Emissions);
    p.decimal("landManagementBiogenicCO2Removals", false, Sign.NON_POSITIVE)
        .ifPresent(b::landManagementBiogenicCO2Removals);
    p.decimal("biogenicCO2Uptake", false, Sign.NON_POSITIVE).ifPresent(b::biogenicCO2Uptake);
    p.decimal("biogenicNonCO2Emissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::biogenicNonCO2Emissions);
    p.decimal("landAreaOccupation", false, Sign.NON_NEGATIVE).ifPresent(b::landAreaOccupation);
    p.decimal("aircraftGhgEmissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::aircraftGhgEmissions);
    p.bool("packagingEmissionsIncluded").ifPresent(b::packagingEmissionsIncluded);
    p.decimal("packagingGhgEmissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::packagingGhgEmissions);
    p.decimal("packagingBiogenicCarbonContent", false, Sign.NON_NEGATIVE)
        .ifPresent(b::packagingBiogenicCarbonContent);
    p.decimal("outboundLogisticsGhgEmissions", false, Sign.NON_NEGATIVE)
        .ifPresent(b::outboundLogisticsGhgEmissions);
    p.bool("ccsTechnologicalCO2CaptureIncluded").ifPresent(b::ccsTechnologicalCO2CaptureIncluded);
    p.decimal("ccsTechnologicalCO2Capture", false, Sign.NON_POSITIVE)
        .ifPresent(b::ccsTechnologicalCO2Capture);
    p.anyString("technologicalCO2CaptureOrigin", false)
        .ifPresent(b::technologicalCO2CaptureOrigin);
    p.decimal("technologicalCO2Removals", false, Sign.NON_POSITIVE)
        .ifPresent(b::technologicalCO2Removals);
    p.decimal("ccuCarbonContent", false, Sign.NON_NEGATIVE).ifPresent(b::ccuCarbonContent);
    p.choice("ccuCalculationApproach", false, CCU_APPROACHES).ifPresent(b::ccuCalculationApproach);
    p.string("ccuCreditCertification", false, URI, "a URI").ifPresent(b::ccuCreditCertification);
    b.addAllIpccCharacterizationFactors(p.strings("ipccCharacterizationFactors", true, IPCC,
        "an IPCC assessment report, AR followed by its number"));
    b.addAllCrossSectoralStandards(p.strings("crossSectoralStandards", true, null, null));
    for (Obj r : p.objects("productOrSectorSpecificRules")) {
      PactSectorSpecificRule.Builder rb = PactSectorSpecificRule.builder();
      Optional<String> op = r.choice("operator", true, OPERATORS);
      op.ifPresent(rb::operator);
      rb.addAllRuleNames(r.strings("ruleNames", true, null, null));
      r.string("otherOperatorName", false, null, null).ifPresent(rb::otherOperatorName);
      rb.putAllUnknownProperties(r.unknown());
      if (op.isPresent()) {
        b.addProductOrSectorSpecificRule(rb.build());
      }
    }
    p.decimal("exemptedEmissionsPercent", true, Sign.PERCENTAGE)
        .ifPresent(b::exemptedEmissionsPercent);
    p.anyString("exemptedEmissionsDescription", false).ifPresent(b::exemptedEmissionsDescription);
    p.anyString("allocationRulesDescription", false).ifPresent(b::allocationRulesDescription);
    for (Obj s : p.objects("secondaryEmissionFactorSources")) {
      Optional<String> name = s.string("name", true, null, null);
      Optional<String> version = s.string("version", true, null, null);
      if (name.isPresent() && version.isPresent()) {
        b.addSecondaryEmissionFactorSource(PactEmissionFactorSource.builder().name(name.get())
            .version(version.get()).putAllUnknownProperties(s.unknown()).build());
      }
    }
    p.decimal("primaryDataShare", false, Sign.PERCENTAGE).ifPresent(b::primaryDataShare);
    p.object("dqi", false).ifPresent(d -> {
      PactDataQuality.Builder q = PactDataQuality.builder();
      // v2.x indicators: required there, not defined by v3 but kept when present
      d.decimal("coveragePercent", !v3, Sign.PERCENTAGE).ifPresent(q::coveragePercent);
      d.decimal("completenessDQR", !v3, Sign.DQR).ifPresent(q::completenessDQR);
      d.decimal("reliabilityDQR", !v3, Sign.DQR).ifPresent(q::reliabilityDQR);
      d.decimal("technologicalDQR", true, Sign.DQR).ifPresent(q::technologicalDQR);
      d.decimal("geographicalDQR", true, Sign.DQR).ifPresent(q::geographicalDQR);
      d.decimal("temporalDQR", true, Sign.DQR).ifPresent(q::temporalDQR);
      q.putAllUnknownProperties(d.unknown());
      b.dataQuality(q.build());
    });
    p.object("verification", false).ifPresent(v -> {
      PactVerification.Builder vb = PactVerification.builder();
      v.choice("coverage", false, COVERAGES).ifPresent(vb::coverage);
      v.anyString("providerName", false).ifPresent(vb::providerName);
      v.instant("completedAt", false).ifPresent(vb::completedAt);
      v.anyString("standardName", false).ifPresent(vb::standardName);
      v.anyString("comments", false).ifPresent(vb::comments);
      vb.putAllUnknownProperties(v.unknown());
      b.verification(vb.build());
    });
    b.putAllPcfUnknownProperties(p.unknown());
  }

  /** The constraint on a decimal, as the specification's decimal types state it. */
  enum Sign {
    ANY("a decimal"),
    POSITIVE("a decimal above 0"),
    NON_NEGATIVE("a decimal of at least 0"),
    NON_POSITIVE("a decimal of at most 0"),
    PERCENTAGE("a percentage from 0 to 100"),
    DQR("a data quality rating from 1 to 5");

    final String text;

    Sign(String text) {
      this.text = text;
    }

    boolean accepts(BigDecimal d) {
      return switch (this) {
        case ANY -> true;
        case POSITIVE -> d.signum() > 0;
        case NON_NEGATIVE -> d.signum() >= 0;
        case NON_POSITIVE -> d.signum() <= 0;
        case PERCENTAGE -> d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(100)) <= 0;
        case DQR -> d.compareTo(BigDecimal.ONE) >= 0 && d.compareTo(BigDecimal.valueOf(5)) <= 0;
      };
    }
  }

  /** The problems of one document, and the source spellings met while reading it. */
  static final class Problems {
    final @Nullable String source;
    final List<Problem> list = new ArrayList<>();
    final Map<String, String> spellings = new LinkedHashMap<>();

    Problems(@Nullable String source) {
      this.source = source;
    }

    void add(String path, String message) {
      add(path, message, null);
    }

    void add(String path, String message, @Nullable String text) {
      Problem.Builder p = Problem.builder().field(path).message(message);
      if (text != null) {
        p.text(text);
      }
      if (source != null) {
        p.source(source);
      }
      list.add(p.build());
    }

    void throwIfAny(String what) {
      if (!list.isEmpty()) {
        StringBuilder m = new StringBuilder(what).append(": ");
        for (int i = 0; i < list.size(); i++) {
          m.append(i == 0 ? "" : "; ").append(list.get(i).field().orElse("$")).append(": ")
              .append(list.get(i).message());
        }
        throw new InterchangeException(source, list, m.toString());
      }
    }
  }

  /** One JSON object being read: its path, the members read, the problems found. */
  static final class Obj {
    final JsonNode node;
    final String path;
    final Problems problems;
    final Set<String> known = new HashSet<>();

    Obj(JsonNode node, String path, Problems problems) {
      this.node = node;
      this.path = path;
      this.problems = problems;
    }

    private @Nullable JsonNode member(String field, boolean required) {
      known.add(field);
      JsonNode v = node.get(field);
      if (v == null) {
        if (required) {
          problems.add(path + "." + field, "is required");
        }
        return null;
      }
      if (v.isNull()) {
        problems.add(path + "." + field, "must not be null; leave an optional property out");
        return null;
      }
      return v;
    }

    private @Nullable String text(String field, boolean required) {
      JsonNode v = member(field, required);
      if (v == null) {
        return null;
      }
      if (!v.isTextual()) {
        problems.add(path + "." + field, "must be a JSON string, not " + kind(v), v.toString());
        return null;
      }
      return v.asText();
    }

    Optional<String> anyString(String field, boolean required) {
      return Optional.ofNullable(text(field, required));
    }

    Optional<String> string(String field, boolean required, @Nullable Pattern pattern,
        @Nullable String what) {
      String t = text(field, required);
      if (t == null) {
        return Optional.empty();
      }
      if (pattern == null ? t.isEmpty() : !pattern.matcher(t).matches()) {
        problems.add(path + "." + field, pattern == null ? "must not be empty"
            : "'" + t + "' is not " + what, t);
        return Optional.empty();
      }
      return Optional.of(t);
    }

    Optional<String> choice(String field, boolean required, List<String> values) {
      String t = text(field, required);
      if (t == null) {
        return Optional.empty();
      }
      if (!values.contains(t)) {
        problems.add(path + "." + field, "'" + t + "' is not one of " + String.join(", ",
            values), t);
        return Optional.empty();
      }
      return Optional.of(t);
    }

    Optional<BigDecimal> decimal(String field, boolean required, Sign sign) {
      String t = text(field, required);
      if (t == null) {
        return Optional.empty();
      }
      if (t.length() > 1000 || !DECIMAL.matcher(t).matches()) {
        problems.add(path + "." + field, "'" + t + "' is not a decimal string (digits, an"
            + " optional sign and fraction, e.g. \"12.5\")", t);
        return Optional.empty();
      }
      BigDecimal d = new BigDecimal(t);
      if (!sign.accepts(d)) {
        problems.add(path + "." + field, "'" + t + "' is not " + sign.text, t);
        return Optional.empty();
      }
      if (!d.toPlainString().equals(t)) {
        problems.spellings.put(path + "." + field, t);
      }
      return Optional.of(d);
    }

    Optional<Instant> instant(String field, boolean required) {
      String t = text(field, required);
      if (t == null) {
        return Optional.empty();
      }
      try {
        Instant i = parseInstant(t);
        if (!i.toString().equals(t)) {
          problems.spellings.put(path + "." + field, t);
        }
        return Optional.of(i);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problems.add(path + "." + field, "'" + t + "' is not an RFC 3339 date-time such as"
            + " 2025-01-01T00:00:00Z", t);
        return Optional.empty();
      }
    }

    Optional<Boolean> bool(String field) {
      JsonNode v = member(field, false);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isBoolean()) {
        problems.add(path + "." + field, "must be true or false, not " + kind(v), v.toString());
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    }

    List<String> strings(String field, boolean required, @Nullable Pattern pattern,
        @Nullable String what) {
      JsonNode v = member(field, required);
      List<String> out = new ArrayList<>();
      if (v == null) {
        return out;
      }
      if (!v.isArray() || v.isEmpty()) {
        problems.add(path + "." + field, "must be a non-empty array of strings", v.toString());
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        String at = path + "." + field + "[" + i + "]";
        if (!e.isTextual() || e.asText().isEmpty()) {
          problems.add(at, "must be a non-empty string", e.toString());
        } else if (pattern != null && !pattern.matcher(e.asText()).matches()) {
          problems.add(at, "'" + e.asText() + "' is not " + what, e.asText());
        } else if (out.contains(e.asText())) {
          problems.add(at, "'" + e.asText() + "' is given twice; the items must be unique",
              e.asText());
        } else {
          out.add(e.asText());
        }
      }
      return out;
    }

    Optional<Obj> object(String field, boolean required) {
      JsonNode v = member(field, required);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isObject()) {
        problems.add(path + "." + field, "must be a JSON object, not " + kind(v));
        return Optional.empty();
      }
      return Optional.of(new Obj(v, path + "." + field, problems));
    }

    List<Obj> objects(String field) {
      JsonNode v = member(field, false);
      List<Obj> out = new ArrayList<>();
      if (v == null) {
        return out;
      }
      if (!v.isArray() || v.isEmpty()) {
        problems.add(path + "." + field, "must be a non-empty array of objects");
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        String at = path + "." + field + "[" + i + "]";
        if (!v.get(i).isObject()) {
          problems.add(at, "must be a JSON object, not " + kind(v.get(i)));
        } else {
          out.add(new Obj(v.get(i), at, problems));
        }
      }
      return out;
    }

    Map<String, JsonNode> unknown() {
      Map<String, JsonNode> m = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> {
        if (!known.contains(e.getKey())) {
          m.put(e.getKey(), e.getValue().deepCopy());
        }
      });
      return m;
    }
  }

  static String kind(JsonNode v) {
    return v.isNumber() ? "a number" : v.isBoolean() ? "a boolean" : v.isArray() ? "an array"
        : v.isObject() ? "an object" : v.isNull() ? "null" : "a string";
  }

}
