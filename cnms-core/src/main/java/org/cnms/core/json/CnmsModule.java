// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Decimals;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;

/**
 * The Jackson module of cnms-core: registers the JSON and YAML form of the vocabulary so that
 * every record of the management system (T/CAS 612 clauses 4–10) reads and writes exactly.
 *
 * <p>{@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} discovers it
 * (it is a {@code java.util.ServiceLoader} provider). It writes the {@link BigDecimal}s of cnms's
 * own types as plain decimal strings ({@code "12.50"}, never {@code 1.25E+1}), so no {@code double}
 * ever touches a value and its scale survives, and reads them from strings or numbers, exactly.
 * Amounts read and write as {@code {"value": "1250.5", "unit": "kWh"}}, CO₂e masses as
 * {@code {"value": "12.5", "unit": "tCO2e"}}.
 *
 * <p>It changes nothing else of the mapper it is registered on: a host application's own
 * {@code BigDecimal}, date and {@code Optional} values are written as the host configured them.
 * The records of cnms hold {@code java.time} dates and {@code Optional}s, so the host's mapper
 * also needs Jackson's {@code JavaTimeModule} and {@code Jdk8Module} (cnms-core depends on both,
 * and {@code findAndRegisterModules()} finds them); {@link CnmsJson}'s own mappers register them.
 */
public final class CnmsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A new instance of the module. */
  public CnmsModule() {
    super("cnms-core", CnmsVersion.of("cnms-core"));
    addSerializer(Amount.class, new AmountSerializer());
    addDeserializer(Amount.class, new AmountDeserializer());
    addSerializer(Co2e.class, new Co2eSerializer());
    addDeserializer(Co2e.class, new Co2eDeserializer());
  }

  /**
   * Sets the module up: besides the serializers of the vocabulary, the decimals of cnms's own
   * types are written as plain strings and read strictly; no other type of the host is touched.
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new CnmsDecimals());
  }

  /** Reads an exact decimal from a JSON string or number token. */
  static BigDecimal readDecimal(JsonParser p, DeserializationContext ctx, String what)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getText().strip();
      try {
        return Decimals.parse(text);
      } catch (NumberFormatException e) {
        return (BigDecimal) ctx.handleWeirdStringValue(BigDecimal.class, text,
            "%s must be a decimal number with at most %d digits before or after the point, but"
                + " was '%s'", what, Decimals.MAX_PLAIN_DIGITS, text);
      }
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = p.getDecimalValue();
      try {
        return Decimals.bounded(d, p.getText());
      } catch (NumberFormatException e) {
        return (BigDecimal) ctx.handleWeirdNumberValue(BigDecimal.class, d, "%s", e.getMessage());
      }
    }
    return (BigDecimal) ctx.handleUnexpectedToken(BigDecimal.class, p);
  }

  static final class DecimalSerializer extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  static final class DecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return readDecimal(p, ctx, "A decimal");
    }
  }

  static final class AmountSerializer extends JsonSerializer<Amount> {
    @Override
    public void serialize(Amount value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("value", value.value().toPlainString());
      gen.writeStringField("unit", value.unit().code());
      gen.writeEndObject();
    }
  }

  static final class AmountDeserializer extends JsonDeserializer<Amount> {
    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      ValueAndUnit v = ValueAndUnit.read(p, ctx, "An amount",
          "{\"value\": \"1250.5\", \"unit\": \"kWh\"}");
      MeasureUnit unit;
      try {
        unit = UnitRegistry.standard().parse(v.unit);
      } catch (IllegalArgumentException e) {
        return (Amount) ctx.handleWeirdStringValue(Amount.class, v.unit, "%s", e.getMessage());
      }
      return Amount.of(v.value, unit);
    }
  }

  static final class Co2eSerializer extends JsonSerializer<Co2e> {
    @Override
    public void serialize(Co2e value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("value", value.tonnes().toPlainString());
      gen.writeStringField("unit", Co2e.UNIT);
      gen.writeEndObject();
    }
  }

  static final class Co2eDeserializer extends JsonDeserializer<Co2e> {
    @Override
    public Co2e deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      ValueAndUnit v = ValueAndUnit.read(p, ctx, "A CO2e mass",
          "{\"value\": \"12.5\", \"unit\": \"tCO2e\"}");
      switch (v.unit) {
        case Co2e.UNIT:
          return Co2e.tonnes(v.value);
        case "kgCO2e":
          return Co2e.kilograms(v.value);
        default:
          return (Co2e) ctx.handleWeirdStringValue(Co2e.class, v.unit,
              "The unit of a CO2e mass must be tCO2e or kgCO2e, but was '%s'", v.unit);
      }
    }
  }

  /** The two fields of an amount-like object, read from the token stream without a tree. */
  private static final class ValueAndUnit {
    private final BigDecimal value;
    private final String unit;

    private ValueAndUnit(BigDecimal value, String unit) {
      this.value = value;
      this.unit = unit;
    }

    static ValueAndUnit read(JsonParser p, DeserializationContext ctx, String what,
        String example) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        ctx.reportInputMismatch(BigDecimal.class, "%s is written as %s, but found %s", what,
            example, p.currentToken());
      }
      BigDecimal value = null;
      String unit = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (name.equals("value")) {
          value = readDecimal(p, ctx, what + " value");
        } else if (name.equals("unit")) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            ctx.reportInputMismatch(BigDecimal.class, "%s unit must be a string, as in %s", what,
                example);
          }
          unit = p.getText();
        } else {
          ctx.reportInputMismatch(BigDecimal.class,
              "Unknown field '%s' in %s; known fields: value, unit", name, what.toLowerCase());
        }
      }
      if (value == null || unit == null) {
        ctx.reportInputMismatch(BigDecimal.class, "%s needs both 'value' and 'unit', as in %s",
            what, example);
      }
      return new ValueAndUnit(value, unit);
    }
  }
}
