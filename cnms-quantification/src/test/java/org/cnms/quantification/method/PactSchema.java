// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema of a PACT {@code ProductFootprint}, taken from the {@code components/schemas}
 * of the specification's OpenAPI document committed under {@code pact/} (see its README for the
 * source and licence), loaded into networknt json-schema-validator (draft 2020-12, as OpenAPI 3.1
 * uses). Immutable, thread-safe.
 */
public final class PactSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Schema schema;

  private PactSchema(Schema schema) {
    this.schema = schema;
  }

  /** The v3 {@code ProductFootprint} schema. */
  public static PactSchema v3() {
    return of("v3/openapi.yaml", "ProductFootprint");
  }

  /** The v2 {@code ProductFootprint} schema. */
  public static PactSchema v2() {
    return of("v2/openapi.yaml", "ProductFootprint");
  }

  /** The schema {@code name} of the OpenAPI document at {@code resource} (under pact/). */
  public static PactSchema of(String resource, String name) {
    try (InputStream in = PactSchema.class.getResourceAsStream("pact/" + resource)) {
      JsonNode openapi = org.cnms.core.json.CnmsJson.newYamlMapper().readTree(in);
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.put("$ref", "#/components/schemas/" + name);
      root.putObject("components").set("schemas", openapi.get("components").get("schemas"));
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
              SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
      return new PactSchema(registry.getSchema(root.toString(), InputFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON resource under pact/, as a tree. */
  public static JsonNode resource(String name) {
    try (InputStream in = PactSchema.class.getResourceAsStream("pact/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no resource pact/" + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON text as a tree. */
  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors of a document, each as {@code "<JSON path>: <message>"}. */
  public List<String> errors(JsonNode doc) {
    return schema.validate(doc.toString(), InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** The instance paths of the errors of a JSON text. */
  public List<String> paths(String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation().toString()).distinct().toList();
  }
}
