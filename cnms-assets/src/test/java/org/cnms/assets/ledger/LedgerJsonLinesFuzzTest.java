// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;

/**
 * Fuzz targets of a ledger read from JSON Lines. {@link Ledger#importJsonLines} documents
 * {@link LedgerTamperedException} (an altered or unreadable entry) and
 * {@link LedgerRuleException} (a chained event that breaks a rule), the only exceptions caught;
 * {@link Ledger#verifyJsonLines} reports what it finds and documents only
 * {@code UncheckedIOException}, which a {@link StringReader} never throws, so nothing is caught.
 * Anything else fails, and so does an imported ledger that does not export and read back the
 * same, or that verification of its own export finds wrong.
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/assets/ledger/LedgerJsonLinesFuzzTestInputs/},
 * seeded with the sample's {@code ledger.jsonl}.
 */
class LedgerJsonLinesFuzzTest {

  @FuzzTest
  void importJsonLines(byte[] input) {
    Ledger ledger;
    try {
      ledger = Ledger.importJsonLines(new StringReader(new String(input, UTF_8)));
    } catch (LedgerTamperedException | LedgerRuleException e) {
      return;
    }
    String export = ledger.toJsonLines();
    Ledger again = Ledger.importJsonLines(new StringReader(export));
    assertEquals(ledger.headHash(), again.headHash());
    assertEquals(ledger.entries(), again.entries());
    assertTrue(Ledger.verifyJsonLines(new StringReader(export)).intact(), export);
  }

  @FuzzTest
  void verifyJsonLines(byte[] input) {
    Ledger.verifyJsonLines(new StringReader(new String(input, UTF_8)));
  }
}
