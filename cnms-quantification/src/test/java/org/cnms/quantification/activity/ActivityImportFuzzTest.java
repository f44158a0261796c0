// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.organisation.ReportingPeriod;

/**
 * Fuzz targets of the streaming {@link ActivityImport}: CSV bytes through
 * {@link ActivityImport#streamCsv} and {@code .xlsx} bytes through a file. Documented: bad input
 * never throws, every problem goes to the sink; only a failing device throws
 * ({@code UncheckedIOException}), which bytes in memory and a temporary file never are. So no
 * exception is caught: any exception fails, and so does a stream whose records repeat an id or
 * hold a negative amount, or a problem without a message.
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/quantification/activity/
 * ActivityImportFuzzTestInputs/}, seeded with the sample's activity files (CSV, UTF-8 and GB18030)
 * and a workbook written from one of them.
 */
class ActivityImportFuzzTest {

  private static final ActivityImport IMPORT =
      ActivityImport.builder().period(ReportingPeriod.calendarYear(2025)).build();

  @FuzzTest
  void streamCsv(byte[] input) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<ActivityRecord> records =
        IMPORT.streamCsv(new ByteArrayInputStream(input), "fuzz.csv", problems::add)) {
      check(records, problems);
    }
  }

  @FuzzTest
  void xlsx(byte[] input) throws IOException {
    Path file = Files.createTempFile("cnms-fuzz", ".xlsx");
    try {
      Files.write(file, input);
      List<Problem> problems = new ArrayList<>();
      try (Stream<ActivityRecord> records = IMPORT.stream(file, problems::add)) {
        check(records, problems);
      }
    } finally {
      Files.delete(file);
    }
  }

  private static void check(Stream<ActivityRecord> records, List<Problem> problems) {
    Set<String> ids = new HashSet<>();
    records.forEach(r -> {
      assertTrue(ids.add(r.id()), "id delivered twice: " + r.id());
      assertFalse(r.amount().isNegative(), r.id());
    });
    for (Problem p : problems) {
      assertFalse(p.message().isBlank(), p.toString());
    }
  }
}
