// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.cnms.core.Problem;
import org.cnms.core.json.InterchangeException;
import org.jspecify.annotations.Nullable;

/**
 * Reads product footprints in the PACT v2.x {@code ProductFootprint} format (Technical
 * Specifications 2.0 to 2.3, still exchanged by many suppliers) into the v3 model {@link
 * ProductFootprint}, as the v3 specification's change log describes the step from 2.3 to 3.0.
 *
 * <p><b>What changes.</b>
 * <ul>
 *   <li>{@code specVersion} becomes {@link PactFootprints#SPEC_VERSION}: the footprint is held
 *       in the v3 model.
 *   <li>Renamed: {@code pcf.declaredUnit} → {@code declaredUnitOfMeasurement},
 *       {@code pcf.unitaryProductAmount} → {@code declaredUnitAmount},
 *       {@code pcf.pCfExcludingBiogenic} → {@code pcfExcludingBiogenicUptake},
 *       {@code pcf.pCfIncludingBiogenic} → {@code pcfIncludingBiogenicUptake},
 *       {@code pcf.ipccCharacterizationFactorsSources} → {@code ipccCharacterizationFactors},
 *       {@code pcf.assurance} → {@code verification} (its {@code providerName},
 *       {@code completedAt}, {@code standardName}, {@code comments}; a {@code coverage} of
 *       {@code product level}, the one value both versions have; an assurance of another
 *       coverage is also kept whole as {@code pcf.assurance}).
 *   <li>Superseded: {@code productCategoryCpc} → one {@code productClassifications} URN
 *       {@code urn:cpc:<code>} (the UN CPC URN of the v3 specification) when the footprint has
 *       no {@code productClassifications}; the deprecated {@code pcf.characterizationFactors}
 *       ({@code AR5}, {@code AR6}) → {@code ipccCharacterizationFactors} when there is no
 *       {@code ipccCharacterizationFactorsSources}; the deprecated
 *       {@code pcf.crossSectoralStandardsUsed} → {@code crossSectoralStandards}
 *       ({@code GHG Protocol Product standard} GHGP-Product, {@code ISO Standard 14067}
 *       ISO14067, {@code ISO Standard 14044} ISO14040-44) when there is no
 *       {@code crossSectoralStandards}.
 *   <li>Numbers become exact decimals: {@code exemptedEmissionsPercent},
 *       {@code primaryDataShare} and the {@code dqi} ratings are JSON numbers in v2.x and
 *       decimal strings in v3 (ADR 39); the number's text is taken exactly ({@code 0.5} is
 *       {@code "0.5"}).
 *   <li>Kept as properties v3 does not define ({@link ProductFootprint#unknownProperties()},
 *       {@link ProductFootprint#pcfUnknownProperties()}), since v3 removed them without a
 *       successor: {@code version}, {@code updated}, {@code statusComment},
 *       {@code pcf.dLucGhgEmissions}, {@code iLucGhgEmissions}, {@code landManagementGhgEmissions},
 *       {@code biogenicCarbonWithdrawal}, {@code otherBiogenicGhgEmissions},
 *       {@code biogenicAccountingMethodology}, {@code uncertaintyAssessmentDescription}, and the
 *       assurance's {@code assurance}, {@code level} and {@code boundary} (in
 *       {@link PactVerification#unknownProperties()}). The v2.x-only data-quality indicators
 *       {@code coveragePercent}, {@code completenessDQR} and {@code reliabilityDQR} are kept in
 *       {@link PactDataQuality}.
 *   <li>What v3 made mandatory and v2.x did not ({@code productMassPerDeclaredUnit},
 *       {@code pcfIncludingBiogenicUptake}) stays absent when the supplier did not give it; such a
 *       footprint is read, and used as a factor, but {@link PactFootprints#toJson} refuses to
 *       write it as v3 until it is completed.
 * </ul>
 *
 * <p>A v2.x document is checked as strictly as a v3 one against the v2.x rules kept in v3 (types,
 * decimals, URNs, enumerations); problems name the v2.x property paths. Thread-safe.
 */
public final class PactV2Footprints {

  private static final Map<String, String> PCF_RENAMES = Map.of(
      "declaredUnit", "declaredUnitOfMeasurement",
      "unitaryProductAmount", "declaredUnitAmount",
      "pCfExcludingBiogenic", "pcfExcludingBiogenicUptake",
      "pCfIncludingBiogenic", "pcfIncludingBiogenicUptake",
      "ipccCharacterizationFactorsSources", "ipccCharacterizationFactors",
      "assurance", "verification");
  private static final Map<String, String> STANDARDS = Map.of(
      "GHG Protocol Product standard", "GHGP-Product",
      "ISO Standard 14067", "ISO14067",
      "ISO Standard 14044", "ISO14040-44");
  private static final List<String> DECIMAL_NUMBERS = List.of("exemptedEmissionsPercent",
      "primaryDataShare");
  private static final List<String> DQI_NUMBERS = List.of("coveragePercent", "technologicalDQR",
      "temporalDQR", "geographicalDQR", "completenessDQR", "reliabilityDQR");

  private PactV2Footprints() {}

  /**
   * Reads a PACT v2.x {@code ProductFootprint} into the v3 model.
   *
   * @param json the JSON text, not null
   * @param source the file or resource, for the problems, or null
   * @return the footprint, with {@code specVersion} {@link PactFootprints#SPEC_VERSION}
   * @throws InterchangeException with every problem and its v2.x JSON path
   */
  public static ProductFootprint fromJson(String json, @Nullable String source) {
    return fromTree(PactFootprints.parse(json, source), source);
  }

  /**
   * Reads a PACT v2.x {@code ProductFootprint} tree into the v3 model.
   *
   * @param root the tree, not null
   * @param source the file or resource, for the problems, or null
   * @return the footprint
   * @throws InterchangeException with every problem and its v2.x JSON path
   */
  public static ProductFootprint fromTree(JsonNode root, @Nullable String source) {
    PactFootprints.Problems problems = new PactFootprints.Problems(source);
    if (root.isObject()) {
      String v = root.path("specVersion").asText("");
      if (!v.startsWith("2.")) {
        problems.add("$.specVersion", "'" + v + "' is not a PACT v2.x version", v);
      }
    }
    ProductFootprint pf = PactFootprints.readV3(toV3(root), problems, false);
    if (!problems.list.isEmpty()) {
      List<Problem> renamed = problems.list.stream().map(p -> p.withField(
          v2Path(p.field().orElse("$")))).toList();
      PactFootprints.Problems back = new PactFootprints.Problems(source);
      back.list.addAll(renamed);
      back.throwIfAny("Not a valid PACT v2 ProductFootprint");
    }
    if (pf == null) {
      throw new IllegalStateException("no footprint and no problem");
    }
    return pf.withSpecVersion(PactFootprints.SPEC_VERSION);
  }

  /**
   * Reads a footprint of either version, by its {@code specVersion}: 2.x through this class,
   * anything else through {@link PactFootprints#fromTree}.
   *
   * @param root the tree, not null
   * @param source the file or resource, for the problems, or null
   * @return the footprint
   * @throws InterchangeException with every problem and its JSON path
   */
  public static ProductFootprint fromTreeOfAnyVersion(JsonNode root, @Nullable String source) {
    return root.path("specVersion").asText("").startsWith("2.") ? fromTree(root, source)
        : PactFootprints.fromTree(root, source);
  }

  private static String v2Path(String path) {
    for (Map.Entry<String, String> e : PCF_RENAMES.entrySet()) {
      String v3 = "$.pcf." + e.getValue();
      if (path.equals(v3) || path.startsWith(v3 + ".") || path.startsWith(v3 + "[")) {
        return "$.pcf." + e.getKey() + path.substring(v3.length());
      }
    }
    return path;
  }

  private static JsonNode toV3(JsonNode root) {
    if (!root.isObject()) {
      return root;
    }
    ObjectNode out = ((ObjectNode) root).deepCopy();
    if (!out.has("productClassifications") && out.path("productCategoryCpc").isTextual()) {
      out.putArray("productClassifications").add("urn:cpc:"
          + out.get("productCategoryCpc").asText());
      out.remove("productCategoryCpc");
    }
    JsonNode pcfNode = out.get("pcf");
    if (pcfNode instanceof ObjectNode pcf) {
      ObjectNode renamed = JsonNodeFactory.instance.objectNode();
      pcf.fields().forEachRemaining(e -> renamed.set(PCF_RENAMES.getOrDefault(e.getKey(),
          e.getKey()), e.getValue()));
      if (!renamed.has("ipccCharacterizationFactors")
          && renamed.path("characterizationFactors").isTextual()) {
        renamed.putArray("ipccCharacterizationFactors").add(
            renamed.get("characterizationFactors").asText());
        renamed.remove("characterizationFactors");
      }
      if (!renamed.has("crossSectoralStandards")
          && renamed.get("crossSectoralStandardsUsed") instanceof ArrayNode used) {
        ArrayNode standards = renamed.putArray("crossSectoralStandards");
        used.forEach(u -> standards.add(STANDARDS.getOrDefault(u.asText(), u.asText())));
        renamed.remove("crossSectoralStandardsUsed");
      }
      for (String f : DECIMAL_NUMBERS) {
        numberToText(renamed, f);
      }
      if (renamed.get("dqi") instanceof ObjectNode dqi) {
        DQI_NUMBERS.forEach(f -> numberToText(dqi, f));
      }
      if (renamed.get("verification") instanceof ObjectNode v) {
        JsonNode coverage = v.get("coverage");
        if (coverage != null && !"product level".equals(coverage.asText())) {
          v.remove("coverage");
          renamed.set("assurance", pcf.get("assurance").deepCopy());
        }
      }
      out.set("pcf", renamed);
    }
    return out;
  }

  private static void numberToText(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isNumber()) {
      node.put(field, v.decimalValue().toPlainString());
    }
  }
}
