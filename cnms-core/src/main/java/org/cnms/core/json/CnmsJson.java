// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made JSON and YAML reading and writing of every cnms record (T/CAS 612 clause 7.5,
 * documented information in interchangeable form), configured as the SDK needs it: strict (an
 * unknown field is an error that names its path), exact (decimals as strings, never through a
 * {@code double}), deterministic (fields in declaration order, absent optionals left out).
 *
 * <p>The mappers are the SDK's own and are never handed out; {@link #newJsonMapper()} and {@link
 * #newYamlMapper()} give a caller a fresh, configured copy. They register every Jackson module
 * found by {@link ServiceLoader}, so the modules of cnms-quantification and cnms-assets join in when
 * they are present. Input limits (nesting depth, number and string lengths) are set on these
 * mappers' own factories, never JVM-wide.
 *
 * <p>Read errors become {@link InterchangeException}s naming the path, line, column and problem.
 * Thread-safe.
 */
public final class CnmsJson {

  private static final ObjectMapper JSON = configure(new ObjectMapper(limits(new JsonFactory())));
  private static final ObjectMapper YAML = configure(new ObjectMapper(
      limits(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build())));

  private CnmsJson() {}

  /** A new JSON mapper configured as cnms reads and writes. */
  public static ObjectMapper newJsonMapper() {
    return JSON.copy();
  }

  /** A new YAML mapper configured as cnms reads and writes. */
  public static ObjectMapper newYamlMapper() {
    return YAML.copy();
  }

  /** {@code value} as pretty-printed JSON. */
  public static String toJson(Object value) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@code value} as YAML. */
  public static String toYaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName()
          + " as YAML: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a record of {@code type} from JSON text.
   *
   * @throws InterchangeException naming path, line, column and problem
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return read(JSON, null, type, () -> JSON.readValue(json, type));
  }

  /**
   * Reads a record of {@code type} from YAML text.
   *
   * @throws InterchangeException naming path, line, column and problem
   */
  public static <T> T fromYaml(String yaml, Class<T> type) {
    return read(YAML, null, type, () -> YAML.readValue(yaml, type));
  }

  /**
   * Reads a record of {@code type} from a JSON ({@code .json}) or YAML (any other extension)
   * file.
   *
   * @throws InterchangeException naming file, path, line, column and problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    ObjectMapper mapper = file.toString().endsWith(".json") ? JSON : YAML;
    try (Reader reader = Files.newBufferedReader(file)) {
      return read(mapper, file.toString(), type, () -> mapper.readValue(reader, type));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a record of {@code type} from a YAML (or JSON, which is YAML) stream.
   *
   * @param source a name for the stream in messages, e.g. a resource path
   * @throws InterchangeException naming source, path, line, column and problem
   */
  public static <T> T readYaml(InputStream in, String source, Class<T> type) {
    return read(YAML, source, type, () -> YAML.readValue(in, type));
  }

  private interface Reading<T> {
    T read() throws IOException;
  }

  private static <T> T read(ObjectMapper mapper, @Nullable String source, Class<T> type,
      Reading<T> reading) {
    try {
      return reading.read();
    } catch (JsonProcessingException e) {
      throw translate(source, type, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Turns a Jackson exception into an {@link InterchangeException} with a message a user can act
   * on: the generated classes' names never appear in it. For callers that read with a mapper of
   * their own (e.g. from a tree) and want the same messages.
   *
   * @param source the file or resource read, for the message, or null
   * @param type the type that was being read
   * @param e Jackson's exception
   * @return the exception to throw or report
   */
  public static InterchangeException translate(@Nullable String source, Class<?> type,
      JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException) {
      path = path((JsonMappingException) e);
    }
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    String problem;
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      problem = "unknown field '" + u.getPropertyName() + "'"
          + (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty() ? ""
              : "; known fields: " + u.getKnownPropertyIds().stream().map(String::valueOf)
                  .sorted().collect(Collectors.joining(", ")));
      path = path.endsWith("." + u.getPropertyName()) ? path : path + "." + u.getPropertyName();
    } else if (e instanceof InvalidTypeIdException) {
      InvalidTypeIdException t = (InvalidTypeIdException) e;
      problem = "unknown or missing type name '" + t.getTypeId() + "'";
    } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
      problem = clean(e.getCause().getMessage());
    } else {
      problem = clean(e.getOriginalMessage());
    }
    String where = (source == null ? "" : source + ":") + (line > 0 ? line + ":" + column + ": "
        : (source == null ? "" : " "));
    String message = where + "cannot read " + type.getSimpleName() + " at " + path + ": "
        + problem;
    return new InterchangeException(source, path, line, column, problem, message, e);
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Removes the names of generated classes and Jackson's source dumps from a message. */
  private static String clean(@Nullable String message) {
    if (message == null) {
      return "invalid value";
    }
    String m = message;
    int at = m.indexOf("\n at [Source");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    m = m.replaceAll("`?[a-z0-9_.]*\\.Immutable([A-Z][A-Za-z0-9]*)(\\$Json|\\$Builder)?`?",
        "$1");
    m = m.replace("Cannot build ", "").replace(", some of required attributes are not set ",
        ": missing required field(s) ");
    return m.replaceAll("\\s+", " ").strip();
  }

  private static <F extends JsonFactory> F limits(F factory) {
    factory.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    factory.setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(200)
        .maxNumberLength(200)
        .maxStringLength(20_000_000)
        .build());
    return factory;
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModule(new CnmsModule());
    mapper.registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
    mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
    // cnms's own mappers write every decimal exactly, also those in maps and trees they build
    mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("cnms-decimals")
        .addSerializer(java.math.BigDecimal.class, new CnmsModule.DecimalSerializer())
        .addDeserializer(java.math.BigDecimal.class, new CnmsModule.DecimalDeserializer()));
    for (com.fasterxml.jackson.databind.Module m :
        ServiceLoader.load(com.fasterxml.jackson.databind.Module.class,
            CnmsJson.class.getClassLoader())) {
      if (!(m instanceof CnmsModule)) {
        mapper.registerModule(m);
      }
    }
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
    return mapper;
  }

  /** The type of a list of {@code element}, for reading arrays. */
  public static JavaType listOf(Class<?> element) {
    return JSON.getTypeFactory().constructCollectionType(java.util.List.class, element);
  }
}
