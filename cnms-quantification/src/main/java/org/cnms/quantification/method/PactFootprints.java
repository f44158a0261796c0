// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;

/**
 * Reads and writes product footprints in the PACT v3 {@code ProductFootprint} JSON format (WBCSD
 * Partnership for Carbon Transparency, Technical Specifications 3.0), so supplier-specific
 * footprints (ISO 14067; T/CAS 612 clause 6.3, category 4) can be exchanged with suppliers.
 *
 * <p>Decimals are JSON strings both ways, read exactly as written ({@code "42.0"} stays
 * {@code 42.0}); the GWP basis ({@code ipccCharacterizationFactors}) and the data-quality
 * indicators ({@code dqi}) are kept. The reference period is written as PACT's instants, start at
 * 00:00Z of the first day and end at 00:00Z of the day after the last (exclusive), and read back
 * the same way. Declared units map to the registry: {@code liter} L, {@code kilogram} kg,
 * {@code cubic meter} m3, {@code kilowatt hour} kWh, {@code megajoule} MJ, {@code ton kilometer}
 * tkm, {@code square meter} m2, {@code piece} pc, {@code hour} h. No network access.
 * Fields of the format this type does not keep (assurance, extensions …) are not read.
 *
 * <p>Thread-safe.
 */
public final class PactFootprints {

  /** The PACT specification version written. */
  public static final String SPEC_VERSION = "3.0.0";

  private static final Map<String, String> UNITS = Map.of("liter", "L", "kilogram", "kg",
      "cubic meter", "m3", "kilowatt hour", "kWh", "megajoule", "MJ", "ton kilometer", "tkm",
      "square meter", "m2", "piece", "pc", "hour", "h");

  private static final ObjectMapper MAPPER = CnmsJson.newJsonMapper();

  private PactFootprints() {}

  /**
   * The footprint as PACT v3 JSON.
   *
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

  /** The footprint as a PACT v3 JSON tree (see {@link #toJson}). */
  public static ObjectNode toTree(ProductFootprint pf) {
    List<String> lacking = new ArrayList<>();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", pf.id());
    root.put("specVersion", SPEC_VERSION);
    root.put("created", pf.created().toString());
    root.put("status", pf.status());
    root.put("companyName", pf.companyName());
    strings(root.putArray("companyIds"), pf.companyIds());
    root.put("productDescription", pf.productDescription());
    strings(root.putArray("productIds"), pf.productIds());
    root.put("productNameCompany", pf.productNameCompany());
    pf.comment().ifPresent(c -> root.put("comment", c));
    ObjectNode pcf = root.putObject("pcf");
    String unit = UNITS.entrySet().stream().filter(e -> e.getValue().equals(
        pf.declaredUnit().code())).map(Map.Entry::getKey).findFirst().orElse(null);
    if (unit == null) {
      lacking.add("declaredUnitOfMeasurement (PACT has no name for " + pf.declaredUnit() + ")");
    } else {
      pcf.put("declaredUnitOfMeasurement", unit);
    }
    pcf.put("declaredUnitAmount", pf.declaredUnitAmount().toPlainString());
    decimal(pcf, "productMassPerDeclaredUnit", pf.productMassPerDeclaredUnit(), lacking);
    pcf.put("referencePeriodStart", instant(pf.referencePeriod().start()));
    pcf.put("referencePeriodEnd", instant(pf.referencePeriod().end().plusDays(1)));
    pf.geographyCountry().ifPresent(g -> pcf.put("geographyCountry", g));
    pcf.put("pcfExcludingBiogenicUptake", pf.pcfExcludingBiogenicUptake().toPlainString());
    decimal(pcf, "pcfIncludingBiogenicUptake", pf.pcfIncludingBiogenicUptake(), lacking);
    decimal(pcf, "fossilGhgEmissions", pf.fossilGhgEmissions(), lacking);
    decimal(pcf, "fossilCarbonContent", pf.fossilCarbonContent(), lacking);
    strings(pcf.putArray("ipccCharacterizationFactors"), pf.ipccCharacterizationFactors());
    strings(pcf.putArray("crossSectoralStandards"), pf.crossSectoralStandards());
    pcf.put("exemptedEmissionsPercent", pf.exemptedEmissionsPercent().toPlainString());
    pf.primaryDataShare().ifPresent(p -> pcf.put("primaryDataShare", p.toPlainString()));
    pf.dataQuality().ifPresent(q -> {
      ObjectNode dqi = pcf.putObject("dqi");
      q.coveragePercent().ifPresent(v -> dqi.put("coveragePercent", v.toPlainString()));
      q.technologicalDQR().ifPresent(v -> dqi.put("technologicalDQR", v.toPlainString()));
      q.temporalDQR().ifPresent(v -> dqi.put("temporalDQR", v.toPlainString()));
      q.geographicalDQR().ifPresent(v -> dqi.put("geographicalDQR", v.toPlainString()));
      q.completenessDQR().ifPresent(v -> dqi.put("completenessDQR", v.toPlainString()));
      q.reliabilityDQR().ifPresent(v -> dqi.put("reliabilityDQR", v.toPlainString()));
    });
    if (!lacking.isEmpty()) {
      throw new IllegalArgumentException("Product footprint " + pf.id()
          + " cannot be written as PACT v3; it lacks " + String.join(", ", lacking));
    }
    return root;
  }

  /**
   * Reads a PACT v3 {@code ProductFootprint}.
   *
   * @throws IllegalArgumentException naming every missing or malformed field by its path
   */
  public static ProductFootprint fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
    Reader r = new Reader();
    ProductFootprint.Builder b = ProductFootprint.builder();
    r.text(root, "$", "id", true, b::id);
    r.text(root, "$", "created", true, t -> b.created(Instant.parse(t)));
    r.text(root, "$", "status", false, b::status);
    r.text(root, "$", "companyName", true, b::companyName);
    r.texts(root, "$", "companyIds", b::addCompanyIds);
    r.text(root, "$", "productDescription", true, b::productDescription);
    r.texts(root, "$", "productIds", b::addProductIds);
    r.text(root, "$", "productNameCompany", true, b::productNameCompany);
    r.text(root, "$", "comment", false, b::comment);
    JsonNode pcf = root.path("pcf");
    if (!pcf.isObject()) {
      r.problem("$.pcf", "$.pcf is required");
    } else {
      r.text(pcf, "$.pcf", "declaredUnitOfMeasurement", true, u -> {
        String code = UNITS.get(u);
        if (code == null) {
          throw new IllegalArgumentException("unknown declared unit '" + u + "'");
        }
        b.declaredUnit(UnitRegistry.standard().byCode(code));
      });
      r.decimal(pcf, "$.pcf", "declaredUnitAmount", true, b::declaredUnitAmount);
      r.decimal(pcf, "$.pcf", "productMassPerDeclaredUnit", false,
          b::productMassPerDeclaredUnit);
      LocalDate[] period = new LocalDate[2];
      r.text(pcf, "$.pcf", "referencePeriodStart", true, t -> period[0] = day(t, false));
      r.text(pcf, "$.pcf", "referencePeriodEnd", true, t -> period[1] = day(t, true));
      if (period[0] != null && period[1] != null) {
        try {
          b.referencePeriod(ReportingPeriod.of(period[0], period[1]));
        } catch (IllegalArgumentException e) {
          r.problem("$.pcf.referencePeriodEnd", "$.pcf.referencePeriodEnd: " + e.getMessage());
        }
      }
      r.text(pcf, "$.pcf", "geographyCountry", false, b::geographyCountry);
      r.decimal(pcf, "$.pcf", "pcfExcludingBiogenicUptake", true,
          b::pcfExcludingBiogenicUptake);
      r.decimal(pcf, "$.pcf", "pcfIncludingBiogenicUptake", false,
          b::pcfIncludingBiogenicUptake);
      r.decimal(pcf, "$.pcf", "fossilGhgEmissions", false, b::fossilGhgEmissions);
      r.decimal(pcf, "$.pcf", "fossilCarbonContent", false, b::fossilCarbonContent);
      r.texts(pcf, "$.pcf", "ipccCharacterizationFactors", b::addIpccCharacterizationFactors);
      r.texts(pcf, "$.pcf", "crossSectoralStandards", b::addCrossSectoralStandards);
      r.decimal(pcf, "$.pcf", "exemptedEmissionsPercent", false, b::exemptedEmissionsPercent);
      r.decimal(pcf, "$.pcf", "primaryDataShare", false, b::primaryDataShare);
      JsonNode dqi = pcf.path("dqi");
      if (dqi.isObject()) {
        PactDataQuality.Builder q = PactDataQuality.builder();
        String p = "$.pcf.dqi";
        r.decimal(dqi, p, "coveragePercent", false, q::coveragePercent);
        r.decimal(dqi, p, "technologicalDQR", false, q::technologicalDQR);
        r.decimal(dqi, p, "temporalDQR", false, q::temporalDQR);
        r.decimal(dqi, p, "geographicalDQR", false, q::geographicalDQR);
        r.decimal(dqi, p, "completenessDQR", false, q::completenessDQR);
        r.decimal(dqi, p, "reliabilityDQR", false, q::reliabilityDQR);
        b.dataQuality(q.build());
      }
    }
    if (!r.problems.isEmpty()) {
      String all = String.join("; ", r.problems);
      throw new org.cnms.core.json.InterchangeException(null, r.paths.get(0), 0, 0, all,
          "Not a valid PACT v3 ProductFootprint: " + all, null);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("Not a valid PACT v3 ProductFootprint: "
          + e.getMessage(), e);
    }
  }

  private static final class Reader {
    final List<String> problems = new ArrayList<>();
    final List<String> paths = new ArrayList<>();

    void problem(String path, String message) {
      paths.add(path);
      problems.add(message);
    }

    void text(JsonNode node, String path, String field, boolean required,
        Consumer<String> set) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problem(path + "." + field, path + "." + field + " is required");
        }
        return;
      }
      if (!v.isTextual()) {
        problem(path + "." + field, path + "." + field + " must be a string");
        return;
      }
      try {
        set.accept(v.asText());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        problem(path + "." + field, path + "." + field + ": " + e.getMessage());
      }
    }

    void decimal(JsonNode node, String path, String field, boolean required,
        Consumer<BigDecimal> set) {
      text(node, path, field, required, t -> {
        try {
          set.accept(new BigDecimal(t));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a decimal string: '" + t + "'");
        }
      });
    }

    void texts(JsonNode node, String path, String field, Consumer<String> add) {
      JsonNode v = node.get(field);
      if (v == null || !v.isArray()) {
        problem(path + "." + field, path + "." + field + " must be an array of strings");
        return;
      }
      for (JsonNode e : v) {
        add.accept(e.asText());
      }
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void decimal(ObjectNode node, String field, Optional<BigDecimal> value,
      List<String> lacking) {
    if (value.isPresent()) {
      node.put(field, value.get().toPlainString());
    } else {
      lacking.add(field);
    }
  }

  private static String instant(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  private static LocalDate day(String text, boolean exclusiveEnd) {
    var t = Instant.parse(text).atOffset(ZoneOffset.UTC);
    LocalDate d = t.toLocalDate();
    return exclusiveEnd && t.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.minusDays(1) : d;
  }
}
