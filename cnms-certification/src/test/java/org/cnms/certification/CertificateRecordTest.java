// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.json.CnmsJson;
import org.junit.jupiter.api.Test;

class CertificateRecordTest {

  static CertificateEvent e(String date, CertificateEventKind kind) {
    return CertificateEvent.of(LocalDate.parse(date), kind, "");
  }

  @Test
  void theChineseTermsOfTheStates() {
    assertEquals("有效", CertificateState.ACTIVE.labelZh());
    assertEquals("暂停", CertificateState.SUSPENDED.labelZh());
    assertEquals("撤销", CertificateState.WITHDRAWN.labelZh());
    assertEquals("注销", CertificateState.CANCELLED.labelZh());
    assertEquals("withdrawn", CertificateState.WITHDRAWN.labelEn());
  }

  @Test
  void theStateMachine() {
    assertEquals(Optional.of(CertificateState.ACTIVE),
        CertificateEventKind.CERTIFIED.next(Optional.empty()));
    assertEquals(Optional.empty(), CertificateEventKind.SUSPENDED.next(Optional.empty()));
    assertEquals(Optional.of(CertificateState.SUSPENDED),
        CertificateEventKind.SUSPENDED.next(Optional.of(CertificateState.ACTIVE)));
    assertEquals(Optional.empty(),
        CertificateEventKind.SURVEILLANCE_PASSED.next(Optional.of(CertificateState.SUSPENDED)));
    assertEquals(Optional.of(CertificateState.ACTIVE),
        CertificateEventKind.RESTORED.next(Optional.of(CertificateState.EXPIRED)));
    for (CertificateEventKind k : CertificateEventKind.values()) {
      assertEquals(Optional.empty(), k.next(Optional.of(CertificateState.WITHDRAWN)), k.name());
      assertEquals(Optional.empty(), k.next(Optional.of(CertificateState.CANCELLED)), k.name());
    }
  }

  @Test
  void aRefusedEventIsAFindingAndChangesNothing() {
    CertificateRecord r = CertificateRecord.replay("C-9", "Acme", "scope", "T/CAS 612-2022",
        LocalDate.of(2025, 3, 10), LocalDate.of(2028, 3, 9), List.of(
            e("2025-09-01", CertificateEventKind.SUSPENDED),
            e("2025-03-10", CertificateEventKind.CERTIFIED),
            e("2025-10-01", CertificateEventKind.SURVEILLANCE_PASSED),
            e("2025-12-01", CertificateEventKind.CANCELLED)));
    assertEquals(CertificateState.CANCELLED, r.state());
    assertEquals(3, r.history().size());
    assertEquals(1, r.refused().size());
    assertEquals("The event SURVEILLANCE_PASSED on 2025-10-01 is not allowed for a certificate in"
        + " the state SUSPENDED; it was not applied.", r.refused().get(0).message(Locale.ENGLISH));
    assertThrows(IllegalArgumentException.class, () -> CertificateRecord.replay("C-9", "Acme",
        "scope", "std", LocalDate.of(2025, 3, 10), LocalDate.of(2028, 3, 9),
        List.of(e("2025-09-01", CertificateEventKind.SUSPENDED))));
  }

  @Test
  void theRegistryJson() throws Exception {
    CertificateRecord r = CertificateRecord.replay("C-9", "Acme", "scope", "T/CAS 612-2022",
        LocalDate.of(2025, 3, 10), LocalDate.of(2028, 3, 9), List.of(
            e("2025-03-10", CertificateEventKind.CERTIFIED),
            e("2025-09-01", CertificateEventKind.SUSPENDED)));
    JsonNode json = CnmsJson.newJsonMapper().readTree(r.toJson());
    assertEquals("C-9", json.get("certificateId").asText());
    assertEquals("SUSPENDED", json.get("state").asText());
    assertEquals("暂停", json.get("stateZh").asText());
    assertEquals("suspended", json.get("stateEn").asText());
    assertEquals("2028-03-09", json.get("expiresOn").asText());
    assertEquals(2, json.get("history").size());
    assertEquals("ACTIVE", json.get("history").get(1).get("from").asText());
    assertTrue(json.get("refused").isEmpty());
  }
}
