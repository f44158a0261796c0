// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON Schema shipped in a cnms jar, loaded into a real validator (networknt
 * json-schema-validator, draft 2020-12), for tests that validate files against it. Immutable,
 * thread-safe.
 */
public final class SchemaCheck {

  private final Schema schema;
  private final String text;

  private SchemaCheck(Schema schema, String text) {
    this.schema = schema;
    this.text = text;
  }

  /**
   * The schema at {@code resource} on the class path of {@code owner} (a type of the module
   * that ships it).
   *
   * @throws IllegalStateException if there is no such resource
   */
  public static SchemaCheck of(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No schema " + resource + " next to " + owner.getName()
            + "; it is generated in the build's process-test-classes phase");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(
              SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
      return new SchemaCheck(registry.getSchema(text, InputFormat.JSON), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's text. */
  public String text() {
    return text;
  }

  /** The errors of a YAML (or JSON) document, each as {@code "<JSON path>: <message>"}. */
  public List<String> errorsOfYaml(String yaml) {
    return format(schema.validate(yaml, InputFormat.YAML));
  }

  /** The errors of a JSON document, each as {@code "<JSON path>: <message>"}. */
  public List<String> errorsOfJson(String json) {
    return format(schema.validate(json, InputFormat.JSON));
  }

  /** The instance paths of the errors of a YAML (or JSON) document, e.g. {@code $.a[0].b}. */
  public List<String> pathsOfYaml(String yaml) {
    return schema.validate(yaml, InputFormat.YAML).stream()
        .map(e -> e.getInstanceLocation().toString()).distinct().toList();
  }

  /** The instance paths of the errors of a JSON document. */
  public List<String> pathsOfJson(String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation().toString()).distinct().toList();
  }

  private static List<String> format(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
