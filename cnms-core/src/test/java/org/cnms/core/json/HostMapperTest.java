// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.host.Invoice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/**
 * A host application's mapper with cnms's module on it: the host's own decimals, dates and
 * optionals are written exactly as without cnms, and cnms's types keep their exact form.
 */
class HostMapperTest {

  /** The host's mapper as it configured it, without cnms. */
  private static ObjectMapper host() {
    return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Test
  void theHostsOwnTypesAreWrittenAsWithoutCnms() throws Exception {
    String without = host().writeValueAsString(new Invoice());
    String with = host().registerModule(new CnmsModule()).writeValueAsString(new Invoice());
    assertEquals(without, with);
    assertEquals("{\"price\":1.50,\"lines\":[0.75,0.750],\"issued\":\"2026-12-04T08:00:00Z\","
        + "\"note\":null,\"discount\":2E+1}", with);
    // and read back as the host reads them: numbers stay numbers
    Invoice back = host().registerModule(new CnmsModule()).readValue(with, Invoice.class);
    assertEquals(new BigDecimal("1.50"), back.price);
  }

  @Test
  void findAndRegisterModulesLeavesTheHostsDecimalsAsNumbers() throws Exception {
    ObjectMapper m = new ObjectMapper().findAndRegisterModules();
    assertTrue(m.getRegisteredModuleIds().contains("cnms-core"), m.getRegisteredModuleIds()
        .toString());
    assertTrue(m.writeValueAsString(new Invoice()).startsWith("{\"price\":1.50,"));
  }

  @Test
  void cnmsTypesKeepTheirExactFormOnTheHostsMapper() throws Exception {
    ObjectMapper m = host().registerModule(new CnmsModule());
    BoundaryEntry e = BoundaryEntry.of("plant-1", new BigDecimal("51.00"));
    String json = m.writeValueAsString(e);
    assertEquals("{\"facilityId\":\"plant-1\",\"equitySharePercent\":\"51.00\"}", json);
    assertEquals(e, m.readValue(json, BoundaryEntry.class));
    assertEquals("{\"value\":\"12.50\",\"unit\":\"tCO2e\"}",
        m.writeValueAsString(Co2e.tonnes("12.50")));
    Amount a = Amount.of("1250.50", "kWh");
    assertEquals(a, m.readValue(m.writeValueAsString(a), Amount.class));
    // the same as cnms's own mapper writes them
    assertEquals(CnmsJson.newJsonMapper().writeValueAsString(e), json);
  }
}
