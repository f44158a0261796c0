// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.cnms.assets.unit.CustomUnitType;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.json.CnmsVersion;

/**
 * The Jackson module of cnms-assets: the JSON and YAML form of carbon units and their ledger
 * (T/CAS 612 clause 6.7), so that {@link org.cnms.core.json.CnmsJson} reads and writes them.
 *
 * <p>{@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()} and
 * {@code CnmsJson} discover it as a {@code java.util.ServiceLoader} provider. It reads a
 * {@link UnitType} from a code string (a {@link StandardUnitType}, e.g. {@code "CCER"}) or from an
 * object (a {@link CustomUnitType}); ledger events carry explicit type names of their own.
 */
public final class AssetsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A new instance of the module. */
  public AssetsModule() {
    super("cnms-assets", CnmsVersion.of("cnms-assets"));
    addDeserializer(UnitType.class, new UnitTypeDeserializer());
  }

  static final class UnitTypeDeserializer extends JsonDeserializer<UnitType> {
    @Override
    public UnitType deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String code = p.getText();
        try {
          return StandardUnitType.parse(code);
        } catch (IllegalArgumentException e) {
          return (UnitType) ctx.handleWeirdStringValue(UnitType.class, code, "%s",
              e.getMessage());
        }
      }
      if (p.currentToken() == JsonToken.START_OBJECT) {
        return ctx.readValue(p, CustomUnitType.class);
      }
      return (UnitType) ctx.handleUnexpectedToken(UnitType.class, p.currentToken(), p,
          "A unit type is a standard code such as \"CCER\" or a custom type object");
    }
  }
}
