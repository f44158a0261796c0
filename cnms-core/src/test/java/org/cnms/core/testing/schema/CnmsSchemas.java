// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;

/**
 * Generates the JSON Schema (draft 2020-12) of a file format of cnms from the Java types that
 * read it, with the Jackson annotations the cnms mappers read: run at build time
 * ({@code process-test-classes}, by {@code exec-maven-plugin}) so that the schemas shipped in the
 * jars never drift from the types.
 *
 * <p>How the schema follows {@code CnmsJson}'s mappers:
 * <ul>
 *   <li>a value type {@code X} read through {@code @JsonDeserialize(as = ImmutableX.class)} is
 *       described by the generated class's accessors, whose {@code @JsonProperty(required = true)}
 *       marks exactly the attributes without a default, not optional and not a collection;
 *   <li>unknown fields are errors ({@code FAIL_ON_UNKNOWN_PROPERTIES}): every object says
 *       {@code "additionalProperties": false};
 *   <li>an {@code Optional<T>} attribute is described as {@code T}: the mappers leave absent
 *       values out ({@code NON_ABSENT}), so a file never needs {@code null} (the reader would
 *       take it as absent; the schema does not offer it);
 *   <li>a type read by a deserializer of its own from a code or an object (a sealed interface
 *       without type names, such as the unit type of a carbon-unit block) is either;
 *   <li>an exact decimal ({@code BigDecimal}) is written as a plain decimal string
 *       ({@code "12.50"}) and read from a string or a number: {@code {"type": ["string",
 *       "number"], "pattern": …}}; amounts and CO₂e masses are {@code {"value", "unit"}} objects;
 *   <li>an enum is the list of its JSON values; an enum read by a lenient {@code @JsonCreator}
 *       (other spellings, any case) lists its written values for completion but accepts any
 *       string, so no file the SDK reads is rejected;
 *   <li>a polymorphic type ({@code @JsonTypeInfo(use = NAME)}) requires its type name and checks
 *       the fields of the named type only ({@code if}/{@code then} per type name), so an error is
 *       reported at the path of the bad field.
 * </ul>
 *
 * <p>Arguments: the fully qualified name of the root type, the output file, the schema's
 * {@code $id}, its title and its description.
 */
public final class CnmsSchemas {

  /** The pattern of a decimal the cnms reader accepts ({@code new BigDecimal(text.strip())}). */
  public static final String DECIMAL_PATTERN =
      "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$";

  private static final String DEFS = "$defs";

  private CnmsSchemas() {}

  /**
   * Writes the schema of the type named by {@code args[0]} to the file {@code args[1]}.
   *
   * @param args root type, output file, {@code $id}, title, description
   * @throws Exception if the type cannot be loaded or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException("Expected 5 arguments: root type, output file, $id,"
          + " title, description; got " + Arrays.toString(args));
    }
    long start = System.nanoTime();
    Class<?> root = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
    ObjectNode schema = generate(root, args[2], args[3], args[4]);
    Path out = Path.of(args[1]);
    write(schema, out);
    System.out.printf("Wrote %s: %d definitions, %d properties, in %d ms%n", out,
        schema.path(DEFS).size(), countProperties(schema),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The schema of {@code root}.
   *
   * @param root the type a file of the format is read as
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description its description
   * @return the schema
   */
  public static ObjectNode generate(Class<?> root, String id, String title, String description) {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(
        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.GETTER_METHODS,
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.PLAIN_DEFINITION_KEYS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.STANDARD_FORMATS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
        .without(Option.FLATTENED_OPTIONALS, Option.SIMPLIFIED_OPTIONALS,
            Option.NULLABLE_FIELDS_BY_DEFAULT,
            Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT);
    b.forTypesInGeneral()
        .withCustomDefinitionProvider(CnmsSchemas::custom)
        .withTypeAttributeOverride((node, scope, context) -> markTypeName(node,
            scope.getType().getErasedType()))
        .withSubtypeResolver((type, context) -> {
          Class<?> impl = implementation(type.getErasedType());
          return impl == type.getErasedType() ? null
              : List.of(context.getTypeContext().resolve(impl));
        })
        .withDefinitionNamingStrategy((key, context) -> {
          String name = new DefaultSchemaDefinitionNamingStrategy()
              .getDefinitionNameForKey(key, context);
          return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
        })
        .withPropertySorter(Comparator.comparing(MemberScope::getSchemaPropertyName));
    b.forMethods()
        .withIgnoreCheck(m -> m.getRawMember().getDeclaringClass().isRecord()
            || ignored(m.getRawMember().getDeclaringClass(), m.isStatic(), property(m)))
        .withPropertyNameOverrideResolver(CnmsSchemas::propertyName)
        .withRequiredCheck(m -> property(m) != null && property(m).required())
        .withTargetTypeOverridesResolver(CnmsSchemas::withoutOptional);
    b.forFields()
        .withIgnoreCheck(f -> !f.getRawMember().getDeclaringClass().isRecord()
            || ignored(f.getRawMember().getDeclaringClass(), f.isStatic(), property(f)))
        .withPropertyNameOverrideResolver(CnmsSchemas::propertyName)
        .withRequiredCheck(f -> property(f) != null && property(f).required())
        .withTargetTypeOverridesResolver(CnmsSchemas::withoutOptional);
    b.with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY, JacksonOption.SKIP_SUBTYPE_LOOKUP,
        JacksonOption.IGNORE_TYPE_INFO_TRANSFORM));
    ObjectNode generated = new SchemaGenerator(b.build()).generateSchema(root);
    stripMethodParentheses(generated);
    addTypeNames(generated);
    ObjectNode schema = generated.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    for (Map.Entry<String, JsonNode> e : generated.properties()) {
      if (!schema.has(e.getKey())) {
        schema.set(e.getKey(), e.getValue());
      }
    }
    return schema;
  }

  /** Writes {@code schema} pretty-printed, UTF-8, with a final new line. */
  public static void write(ObjectNode schema, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  /** The number of properties the schema describes, over all its definitions. */
  public static int countProperties(JsonNode schema) {
    int n = 0;
    if (schema.get("properties") instanceof ObjectNode props) {
      n += props.size();
      for (JsonNode p : props) {
        n += countProperties(p);
      }
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("properties")) {
        for (JsonNode child : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
          n += countProperties(child);
        }
      }
    }
    return n;
  }

  private static boolean ignored(Class<?> owner, boolean isStatic, JsonProperty property) {
    return isStatic || property == null || !owner.getName().startsWith("org.cnms.");
  }

  private static JsonProperty property(MemberScope<?, ?> m) {
    return m.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
  }

  private static String propertyName(MemberScope<?, ?> m) {
    JsonProperty p = property(m);
    if (p != null && !p.value().isEmpty()) {
      return p.value();
    }
    return m.getRawMember().getName();
  }

  /**
   * An optional attribute is its content type when present and left out when absent (the
   * mappers write {@code NON_ABSENT}): {@code Optional<T>} is described as {@code T}.
   */
  private static List<ResolvedType> withoutOptional(MemberScope<?, ?> m) {
    ResolvedType t = m.getDeclaredType();
    return t.getErasedType() == java.util.Optional.class && !t.getTypeParameters().isEmpty()
        ? List.of(t.getTypeParameters().get(0)) : null;
  }

  private static CustomDefinition custom(ResolvedType type, SchemaGenerationContext context) {
    Class<?> c = type.getErasedType();
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (c == BigDecimal.class) {
      node.set("type", node.arrayNode().add("string").add("number"));
      node.put("pattern", DECIMAL_PATTERN);
      node.put("description", "An exact decimal, written as a plain decimal string (\"12.50\")"
          + " so that no floating-point number touches it and its scale is kept; a number is"
          + " read too.");
      return inline(node);
    }
    if (c == BigInteger.class || c == OptionalInt.class || c == OptionalLong.class) {
      node.put("type", "integer");
      return inline(node);
    }
    if (c == OptionalDouble.class) {
      node.put("type", "number");
      return inline(node);
    }
    if (c == Amount.class || c == Co2e.class) {
      node.put("type", "object");
      ObjectNode props = node.putObject("properties");
      props.set("value", custom(context.getTypeContext().resolve(BigDecimal.class), context)
          .getValue());
      ObjectNode unit = props.putObject("unit");
      unit.put("type", "string");
      if (c == Co2e.class) {
        unit.set("enum", node.arrayNode().add(Co2e.UNIT).add("kgCO2e"));
        node.put("description", "A mass of CO2 equivalent, e.g. {\"value\": \"12.5\", \"unit\":"
            + " \"tCO2e\"}; written in tCO2e.");
      } else {
        unit.set("examples", unitCodes(node));
        node.put("description", "An amount of a unit, e.g. {\"value\": \"1250.5\", \"unit\":"
            + " \"kWh\"}.");
      }
      node.set("required", node.arrayNode().add("value").add("unit"));
      node.put("additionalProperties", false);
      return inline(node);
    }
    if (c == java.util.Currency.class) {
      node.put("type", "string");
      node.put("pattern", "^[A-Z]{3}$");
      node.put("description", "An ISO 4217 currency code, e.g. CNY.");
      return inline(node);
    }
    if (c.isInterface() && c.isSealed() && c.getAnnotation(JsonTypeInfo.class) == null) {
      // read by a deserializer of its own: a code string (an enum, any case) or an object
      ArrayNode anyOf = node.putArray("anyOf");
      for (Class<?> sub : c.getPermittedSubclasses()) {
        if (sub.isEnum()) {
          anyOf.add(lenientEnum(sub, node, "parse"));
        } else {
          anyOf.add(context.createDefinitionReference(context.getTypeContext().resolve(sub)));
        }
      }
      return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
          CustomDefinition.AttributeInclusion.NO);
    }
    if (c == MeasureUnit.class) {
      node.put("type", "string");
      node.put("description", "A unit by its code or one of its aliases, e.g. kWh, tce, Nm3,"
          + " 千瓦时.");
      node.set("examples", unitCodes(node));
      return inline(node);
    }
    if (c.isEnum() && lenientCreator(c) != null) {
      return new CustomDefinition(lenientEnum(c, node, lenientCreator(c).getName()),
          CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
    }
    JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
    JsonSubTypes subTypes = c.getAnnotation(JsonSubTypes.class);
    if (info != null && subTypes != null && info.use() == JsonTypeInfo.Id.NAME
        && info.include() == JsonTypeInfo.As.PROPERTY) {
      String property = info.property().isEmpty() ? "@type" : info.property();
      node.put("type", "object");
      ArrayNode names = node.arrayNode();
      ArrayNode branches = node.arrayNode();
      for (JsonSubTypes.Type sub : subTypes.value()) {
        String name = sub.name().isEmpty() ? sub.value().getSimpleName() : sub.name();
        names.add(name);
        ObjectNode branch = branches.addObject();
        ObjectNode ifNode = branch.putObject("if");
        ifNode.putObject("properties").putObject(property).put("const", name);
        ifNode.set("required", node.arrayNode().add(property));
        branch.set("then", context.createDefinitionReference(
            context.getTypeContext().resolve(sub.value())));
      }
      node.putObject("properties").putObject(property).put("type", "string").set("enum", names);
      node.set("required", node.arrayNode().add(property));
      node.set("allOf", branches);
      node.put("description", "One of " + names + ", named in the field '" + property + "'.");
      return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
          CustomDefinition.AttributeInclusion.NO);
    }
    return null;
  }

  /**
   * An enum read leniently (other spellings, any case): its written values for completion,
   * any string accepted, so that no file the SDK reads is rejected.
   */
  private static ObjectNode lenientEnum(Class<?> c, ObjectNode factory, String reader) {
    ObjectNode node = factory.objectNode();
    ArrayNode values = node.arrayNode();
    for (Object constant : c.getEnumConstants()) {
      values.add(jsonValue(c, constant));
    }
    node.put("type", "string");
    node.set("anyOf", node.arrayNode().add(node.objectNode().set("enum", values))
        .add(node.objectNode().put("type", "string")));
    node.put("description", "Written as one of " + values + "; the reader also accepts the"
        + " other spellings " + c.getSimpleName() + "." + reader + " reads.");
    return node;
  }

  private static CustomDefinition inline(ObjectNode node) {
    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
        CustomDefinition.AttributeInclusion.NO);
  }

  /** The class Jackson builds for {@code c}: its {@code @JsonDeserialize(as = …)}, else itself. */
  private static Class<?> implementation(Class<?> c) {
    JsonDeserialize d = c.getAnnotation(JsonDeserialize.class);
    if (d != null && d.as() != Void.class && d.as() != c && c.isAssignableFrom(d.as())) {
      return d.as();
    }
    return c;
  }

  private static Method lenientCreator(Class<?> c) {
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class)) {
        return m;
      }
    }
    return null;
  }

  private static String jsonValue(Class<?> c, Object constant) {
    for (Method m : c.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
        try {
          return String.valueOf(m.invoke(constant));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read the JSON value of " + constant, e);
        }
      }
    }
    return ((Enum<?>) constant).name();
  }

  private static ArrayNode unitCodes(ObjectNode factory) {
    ArrayNode codes = factory.arrayNode();
    List<String> sorted = new ArrayList<>();
    UnitRegistry.standard().units().forEach(u -> sorted.add(u.code()));
    sorted.stream().sorted().forEach(codes::add);
    return codes;
  }

  /**
   * Names a property read through an accessor method as Jackson does ({@code id}, not the
   * generator's {@code id()}), in {@code properties} and {@code required} alike.
   */
  private static void stripMethodParentheses(JsonNode node) {
    if (node instanceof ObjectNode o) {
      if (o.get("properties") instanceof ObjectNode props) {
        ObjectNode renamed = o.objectNode();
        props.properties().forEach(e -> renamed.set(strip(e.getKey()), e.getValue()));
        o.set("properties", renamed);
      }
      if (o.get("required") instanceof ArrayNode required) {
        ArrayNode renamed = o.arrayNode();
        required.forEach(r -> renamed.add(strip(r.asText())));
        o.set("required", renamed);
      }
    }
    node.forEach(CnmsSchemas::stripMethodParentheses);
  }

  private static String strip(String name) {
    return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
  }

  private static final String TYPE_NAME_MARK = "x-cnms-type-name";

  /**
   * Marks the definition of a subtype of a polymorphic type ({@code @JsonTypeInfo(use = NAME)})
   * with its type-name field and name, for {@link #addTypeNames}.
   */
  private static void markTypeName(ObjectNode node, Class<?> type) {
    JsonTypeName name = null;
    JsonTypeInfo info = null;
    List<Class<?>> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (name == null && c.getAnnotation(JsonTypeName.class) != null) {
        name = c.getAnnotation(JsonTypeName.class);
      }
      if (info == null && c.getAnnotation(JsonTypeInfo.class) != null) {
        info = c.getAnnotation(JsonTypeInfo.class);
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    if (name != null && info != null && info.use() == JsonTypeInfo.Id.NAME
        && info.include() == JsonTypeInfo.As.PROPERTY && !type.isInterface()) {
      node.putObject(TYPE_NAME_MARK).put(info.property().isEmpty() ? "@type" : info.property(),
          name.value());
    }
  }

  /**
   * Lets the type-name field into the definitions of the subtypes of a polymorphic type: each
   * subtype's object allows and requires its own name (its {@code @JsonTypeName}).
   */
  private static void addTypeNames(JsonNode node) {
    if (node instanceof ObjectNode d && d.get(TYPE_NAME_MARK) instanceof ObjectNode mark) {
      d.remove(TYPE_NAME_MARK);
      for (Map.Entry<String, JsonNode> e : mark.properties()) {
        String property = e.getKey();
        ObjectNode reordered = d.objectNode();
        reordered.putObject(property).put("const", e.getValue().asText());
        if (d.get("properties") instanceof ObjectNode props) {
          reordered.setAll(props);
        }
        d.set("properties", reordered);
        ArrayNode required = d.has("required") ? (ArrayNode) d.get("required")
            : d.putArray("required");
        boolean present = false;
        for (JsonNode r : required) {
          present |= r.asText().equals(property);
        }
        if (!present) {
          required.insert(0, property);
        }
      }
    }
    node.forEach(CnmsSchemas::addTypeNames);
  }
}
