// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigInteger;
import org.cnms.core.json.CnmsVersion;
import org.cnms.core.units.Ratio;

/**
 * The Jackson module of cnms-quantification: with it, activity data, factors, factor libraries,
 * GWP sets, methods, calculation results and their traces (T/CAS 612 clause 6.3) read and write
 * exactly in JSON and YAML.
 *
 * <p>It is a {@code java.util.ServiceLoader} provider of {@link com.fasterxml.jackson.databind.Module},
 * so {@link org.cnms.core.json.CnmsJson} and {@code ObjectMapper.findAndRegisterModules()} pick it
 * up. It writes an exact {@link Ratio} as text, e.g. {@code "11/3"}, and reads it back (also from a
 * decimal such as {@code "0.25"}); the record types carry their own annotations, polymorphic
 * ones with explicit type names.
 */
public final class QuantificationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A new instance of the module. */
  public QuantificationModule() {
    super("cnms-quantification",
        CnmsVersion.of("cnms-quantification"));
    addSerializer(Ratio.class, new RatioSerializer());
    addDeserializer(Ratio.class, new RatioDeserializer());
  }

  /**
   * Reads a ratio from {@code "11/3"} or a decimal {@code "0.25"}.
   *
   * @throws IllegalArgumentException if the text is neither
   */
  public static Ratio parseRatio(String text) {
    String t = text.strip();
    try {
      int slash = t.indexOf('/');
      if (slash < 0) {
        return Ratio.of(new java.math.BigDecimal(t));
      }
      return Ratio.of(new BigInteger(t.substring(0, slash).strip()),
          new BigInteger(t.substring(slash + 1).strip()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("A ratio is written as '11/3' or as a decimal, but was '"
          + text + "'", e);
    }
  }

  static final class RatioSerializer extends JsonSerializer<Ratio> {
    @Override
    public void serialize(Ratio value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class RatioDeserializer extends JsonDeserializer<Ratio> {
    @Override
    public Ratio deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Ratio) ctx.handleUnexpectedToken(Ratio.class, p);
      }
      String text = p.getText();
      try {
        return parseRatio(text);
      } catch (IllegalArgumentException e) {
        return (Ratio) ctx.handleWeirdStringValue(Ratio.class, text, "%s", e.getMessage());
      }
    }
  }
}
