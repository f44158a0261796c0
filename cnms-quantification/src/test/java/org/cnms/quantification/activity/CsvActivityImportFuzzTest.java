// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.cnms.core.organisation.ReportingPeriod;

/**
 * Fuzz target of {@link CsvActivityImport#read}. The only documented exception for text held in
 * memory, the only one caught, is {@link IllegalArgumentException} (an empty text, a header
 * without the mapped required columns); {@code UncheckedIOException} never comes from a
 * {@link StringReader}. Anything else fails, and so does a report whose records repeat an id or
 * hold a negative amount.
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/quantification/activity/
 * CsvActivityImportFuzzTestInputs/read/}, seeded with the sample's activity files.
 */
class CsvActivityImportFuzzTest {

  private static final CsvActivityImport IMPORT =
      CsvActivityImport.builder().period(ReportingPeriod.calendarYear(2025)).build();

  @FuzzTest
  void read(byte[] input) {
    ImportReport report;
    try {
      report = IMPORT.read(new StringReader(new String(input, UTF_8)));
    } catch (IllegalArgumentException e) {
      return;
    }
    Set<String> ids = new HashSet<>();
    for (ActivityRecord r : report.records()) {
      assertEquals(true, ids.add(r.id()), "id delivered twice: " + r.id());
      assertFalse(r.amount().isNegative(), r.id());
    }
  }
}
