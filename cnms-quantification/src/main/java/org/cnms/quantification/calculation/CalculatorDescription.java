// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cnms.core.json.CnmsJson;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.ActivityMethod;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.ProductFootprintMethod;
import org.cnms.quantification.reference.ReferenceData;

/**
 * The description of a {@link Calculator} (T/CAS 612 clause 6.3) as one JSON document, from which
 * another machine — a Spark executor, a queue worker — rebuilds the same calculator: the factor
 * library (emission factors, fuel parameters, fallback rules), the GWP set, the trace mode, the
 * minimum scale of divided figures, and the method bindings: the default method, the methods by
 * source and by activity key, by name ({@code {"type": "fuel-combustion", "fuel": "diesel"}}).
 *
 * <p><b>Own and reference factors.</b> A library whose factors and fuels begin with those of the
 * embedded reference library ({@link ReferenceData#chinaFactorLibrary()}, as a workspace combines
 * them) is described by the reference's name and version plus its own factors only; the worker
 * takes the reference from its own copy of cnms, and a worker of another reference version
 * refuses the document. Any other library is written whole.
 *
 * <p><b>Product footprints.</b> A {@link ProductFootprintMethod} is written with its supplier's
 * footprint as a PACT v3 document ({@link PactFootprints}).
 *
 * <p><b>Errors at description time.</b> {@link #describe} rebuilds the calculator from the
 * document it wrote and compares: a method, library or GWP set that does not survive the
 * description (e.g. a footprint PACT cannot express) is an {@link IllegalArgumentException} on
 * the machine that submits the job, naming the binding — never a surprise on a worker.
 *
 * <pre>{@code
 * String json = CalculatorDescription.describe(calculator);   // on the driver
 * Calculator same = CalculatorDescription.rebuild(json);       // on each worker
 * }</pre>
 *
 * <p>Stateless, thread-safe.
 */
public final class CalculatorDescription {

  /** The document's format name. */
  public static final String FORMAT = "cnms-calculator";

  /** The format version this release writes and reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER = CnmsJson.newJsonMapper();

  private CalculatorDescription() {}

  /**
   * The calculator as one JSON document.
   *
   * @throws IllegalArgumentException if a method, the library or the GWP set cannot be described
   *     so that the rebuilt calculator equals this one; the message names what
   */
  public static String describe(Calculator calculator) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.set("library", library(calculator.library()));
    root.set("gwpSet", MAPPER.valueToTree(calculator.gwpSet()));
    root.put("traceMode", calculator.traceMode().name());
    root.put("minScale", calculator.minScale());
    root.set("defaultMethod", method(calculator.defaultMethod(), "the default method"));
    ObjectNode bySource = root.putObject("methodsBySource");
    calculator.methodsBySource().forEach((k, m) -> bySource.set(k,
        method(m, "the method of source " + k)));
    ObjectNode byKey = root.putObject("methodsByKey");
    calculator.methodsByKey().forEach((k, m) -> byKey.set(k,
        method(m, "the method of activity key " + k)));
    String json;
    try {
      json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    check(calculator, rebuild(json));
    return json;
  }

  /**
   * The calculator a description describes.
   *
   * @throws IllegalArgumentException if the text is not a description of this format and version,
   *     or names a reference library other than this release's
   */
  public static Calculator rebuild(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A calculator description is JSON, but: "
          + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("Not a calculator description: its format must be '"
          + FORMAT + "'");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException("Calculator description version " + version
          + " is not supported; this release reads version " + VERSION);
    }
    try {
      Calculator.Builder b = Calculator.builder()
          .library(library(root.path("library")))
          .gwpSet(MAPPER.treeToValue(root.path("gwpSet"), GwpSet.class))
          .traceMode(TraceMode.valueOf(root.path("traceMode").asText()))
          .minScale(root.path("minScale").asInt())
          .defaultMethod(method(root.path("defaultMethod")));
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("methodsBySource").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.methodForSource(e.getKey(), method(e.getValue()));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("methodsByKey").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.methodForKey(e.getKey(), method(e.getValue()));
      }
      return b.build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A calculator description could not be read: "
          + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode library(FactorLibrary library) {
    FactorLibrary ref = ReferenceData.chinaFactorLibrary();
    List<EmissionFactor> factors = library.factors();
    List<FuelParameters> fuels = library.fuels();
    boolean onReference = !ref.factors().isEmpty()
        && factors.size() >= ref.factors().size() && fuels.size() >= ref.fuels().size()
        && factors.subList(0, ref.factors().size()).equals(ref.factors())
        && fuels.subList(0, ref.fuels().size()).equals(ref.fuels());
    FactorLibrary own = onReference
        ? library.withFactors(factors.subList(ref.factors().size(), factors.size()))
            .withFuels(fuels.subList(ref.fuels().size(), fuels.size()))
        : library;
    ObjectNode node = MAPPER.createObjectNode();
    if (onReference) {
      node.put("reference", ref.nameAndVersion());
    }
    node.set("own", MAPPER.valueToTree(own));
    return node;
  }

  private static FactorLibrary library(JsonNode node) throws JsonProcessingException {
    FactorLibrary own = MAPPER.treeToValue(node.path("own"), FactorLibrary.class);
    if (own == null) {
      throw new IllegalArgumentException("A calculator description names no factor library");
    }
    JsonNode reference = node.get("reference");
    if (reference == null) {
      return own;
    }
    FactorLibrary ref = ReferenceData.chinaFactorLibrary();
    if (!ref.nameAndVersion().equals(reference.asText())) {
      throw new IllegalArgumentException("The calculator was described with reference library "
          + reference.asText() + ", but this release holds " + ref.nameAndVersion());
    }
    List<EmissionFactor> factors = new ArrayList<>(ref.factors());
    factors.addAll(own.factors());
    List<FuelParameters> fuels = new ArrayList<>(ref.fuels());
    fuels.addAll(own.fuels());
    return own.withFactors(factors).withFuels(fuels);
  }

  private static JsonNode method(ActivityMethod method, String what) {
    if (method instanceof ProductFootprintMethod p) {
      ObjectNode node = MAPPER.createObjectNode();
      node.put("type", ProductFootprintMethod.NAME);
      try {
        node.set("pactFootprint", MAPPER.readTree(PactFootprints.toJson(p.footprint())));
      } catch (IllegalArgumentException | JsonProcessingException e) {
        throw new IllegalArgumentException("The calculator cannot be described: " + what
            + " (" + method.name() + ") cannot be written: " + e.getMessage(), e);
      }
      return node;
    }
    try {
      return MAPPER.readTree(MAPPER.writerFor(ActivityMethod.class).writeValueAsString(method));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The calculator cannot be described: " + what + " ("
          + method.name() + ") cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  private static ActivityMethod method(JsonNode node) throws JsonProcessingException {
    if (ProductFootprintMethod.NAME.equals(node.path("type").asText())
        && node.has("pactFootprint")) {
      ProductFootprint pf = PactFootprints.fromJson(node.get("pactFootprint").toString());
      return ProductFootprintMethod.of(pf);
    }
    return MAPPER.treeToValue(node, ActivityMethod.class);
  }

  /** Fails naming the first part of {@code original} that {@code rebuilt} does not equal. */
  private static void check(Calculator original, Calculator rebuilt) {
    List<String> differ = new ArrayList<>();
    if (!original.library().equals(rebuilt.library())) {
      differ.add("the factor library " + original.library().nameAndVersion());
    }
    if (!original.gwpSet().equals(rebuilt.gwpSet())) {
      differ.add("the GWP set " + original.gwpSet().name());
    }
    if (!original.defaultMethod().equals(rebuilt.defaultMethod())) {
      differ.add("the default method (" + original.defaultMethod().name() + ")");
    }
    original.methodsBySource().forEach((k, m) -> {
      if (!m.equals(rebuilt.methodsBySource().get(k))) {
        differ.add("the method of source " + k + " (" + m.name() + ")");
      }
    });
    original.methodsByKey().forEach((k, m) -> {
      if (!m.equals(rebuilt.methodsByKey().get(k))) {
        differ.add("the method of activity key " + k + " (" + m.name() + ")");
      }
    });
    if (!differ.isEmpty()) {
      throw new IllegalArgumentException("The calculator cannot be described: "
          + String.join(", ", differ) + " would not be rebuilt equal from its description");
    }
  }
}
