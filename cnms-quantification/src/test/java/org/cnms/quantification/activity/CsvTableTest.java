// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The CSV table's own rows against FastCSV's records of the same text: the same fields and the
 * same physical starting lines, whatever the quoting, line breaks, empty lines and repetitions.
 */
class CsvTableTest {

  /** A field: mostly repeated short values, sometimes commas, quotes, line breaks or Chinese. */
  private static Gen<String> fields() {
    Gen<String> repeated = Generate.pick(List.of("", "C1", "t", "2025-01-01", "S-SZ-NG-BOILER",
        "苏州港华燃气结算单 2025", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", " padded "));
    Gen<String> any = SourceDSL.strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 8)
        .mix(SourceDSL.strings().betweenCodePoints(0x4E00, 0x4E10).ofLengthBetween(1, 3));
    return repeated.mix(any, 30);
  }

  private static String quote(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  @Test
  void rowsAreFastCsvRecordsFieldForFieldAndLineForLine() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.lists().of(fields()).ofSizeBetween(1, 6))
        .ofSizeBetween(1, 60), SourceDSL.integers().between(0, 7)).checkAssert((rows, gaps) -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isEmpty()) {
              continue; // an empty line, not a row of one empty field
            }
            text.append(String.join(",", row.stream().map(CsvTableTest::quote).toList()))
                .append(i % 3 == 0 ? "\r\n" : "\n");
            if (gaps > 0 && i % gaps == 0) {
              text.append('\n'); // an empty line, skipped
            }
          }
          assertEquals(expected(text.toString()), actual(text.toString()), text.toString());
        });
  }

  @Test
  void aRecordLongerThanTheLimitEndsTheTableWithAFailureAfterTheRowsBeforeIt() {
    String text = "a,b\n1,2\n\"" + "x".repeat(5_000) + "\",3\n4,5\n";
    CsvTable table = new CsvTable(new StringReader(text), "UTF-8", 1_000);
    List<String> read = new ArrayList<>();
    TableSource.SourceFailure failure = assertThrows(TableSource.SourceFailure.class, () -> {
      while (table.next()) {
        read.add(table.line() + ":" + String.join("|", table.fields()));
      }
    });
    assertEquals(List.of("1:a|b", "2:1|2"), read);
    assertEquals(3, failure.line);
    assertEquals("The CSV text cannot be read after line 2: a record is longer than 1000"
        + " characters; the rest of the file is not read", failure.getMessage());
  }

  @Test
  void aFieldBeyondTheRowIsBlankAndTheFieldsAreTheRowsOwn() {
    CsvTable table = new CsvTable(new StringReader("a,b,c\nx\n"), "UTF-8", 1_000);
    table.next();
    String[] header = table.fields();
    table.next();
    assertEquals(1, table.fieldCount());
    assertEquals("x", table.field(0));
    assertEquals("", table.field(1));
    assertEquals("", table.field(2));
    assertEquals(List.of("a", "b", "c"), List.of(header));
    assertFalse(table.next());
  }

  @Test
  void aRowOfManyFieldsKeepsThemAll() {
    List<String> wide = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      wide.add("f" + i);
    }
    String text = String.join(",", wide) + "\n" + String.join(",", wide.subList(0, 3)) + "\n";
    assertEquals(expected(text), actual(text));
    assertEquals("1:" + String.join("|", wide), actual(text).get(0));
  }

  private static List<String> expected(String text) {
    List<String> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
      for (CsvRecord rec : r) {
        rows.add(rec.getStartingLineNumber() + ":" + String.join("|", rec.getFields()));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private static List<String> actual(String text) {
    List<String> rows = new ArrayList<>();
    CsvTable table = new CsvTable(new StringReader(text), "UTF-8", 1 << 20);
    while (table.next()) {
      List<String> f = new ArrayList<>();
      for (int i = 0; i < table.fieldCount(); i++) {
        f.add(table.field(i));
      }
      assertEquals(f, List.of(table.fields()));
      rows.add(table.line() + ":" + String.join("|", f));
    }
    table.close();
    return rows;
  }
}
