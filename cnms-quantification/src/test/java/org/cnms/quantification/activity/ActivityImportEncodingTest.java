// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an activity CSV file's bytes are recognised: byte-order marks, UTF-16, undecodable bytes. */
class ActivityImportEncodingTest {

  private static final String HEADER =
      "id,source,facility,category,activity,amount,unit,start,end,obtained_by\n";
  private static final String ROW = "r1,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n";

  @TempDir
  Path dir;

  private record Outcome(List<ActivityRecord> records, List<String> messages) {
  }

  private Outcome read(Path file) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<ActivityRecord> s = ActivityImport.builder()
        .period(ReportingPeriod.calendarYear(2025)).build().stream(file, problems::add)) {
      List<ActivityRecord> records = s.toList();
      return new Outcome(records, problems.stream().map(Problem::toString).toList());
    }
  }

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      b.write(part);
    }
    Path p = dir.resolve(name);
    Files.write(p, b.toByteArray());
    return p;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedSoAQuotedFirstHeaderCellIsRead() throws IOException {
    String quoted = "\"id\"" + HEADER.substring(2);
    Outcome plain = read(write("plain.csv", utf8(quoted + ROW)));
    assertEquals(List.of(), plain.messages());
    assertEquals(1, plain.records().size());
    assertEquals(Amount.of("2.5", "t"), plain.records().get(0).amount());
    Outcome bom = read(write("bom.csv", bytes(0xEF, 0xBB, 0xBF), utf8(quoted + ROW)));
    assertEquals(List.of(), bom.messages());
    assertEquals(plain.records(), bom.records());
  }

  @Test
  void utf16TextOfEitherByteOrderIsRefusedByName() throws IOException {
    String text = HEADER + ROW;
    Path le = write("le.csv", bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
    Path be = write("be.csv", bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
    for (Path p : List.of(le, be)) {
      Outcome o = read(p);
      assertEquals(List.of(), o.records(), p.toString());
      assertEquals(List.of(p + ": The file is UTF-16 text; save it as CSV (UTF-8)"), o.messages());
    }
  }

  @Test
  void aFileWhoseFirstByteIsNeitherUtf8NorGb18030IsAProblemAtByteOne() throws IOException {
    Path p = write("junk.csv", bytes(0x80, 0x80, '\n'), utf8(ROW));
    Outcome o = read(p);
    assertEquals(List.of(), o.records());
    assertEquals(List.of(p + ":1: The bytes are neither UTF-8 nor GB18030 (GBK): byte 1 is not"
        + " UTF-8; save the file as CSV (UTF-8) or name its encoding"), o.messages());
  }

  @Test
  void aShortFileEndingInHalfACharacterIsJudgedWhole() throws IOException {
    // 0xE4 starts a three-byte UTF-8 sequence and a two-byte GB18030 one: cut off at the end of a
    // file shorter than the sniffed head, neither encoding reads it
    byte[] text = utf8(HEADER + ROW);
    Path p = write("cut.csv", text, bytes(0xE4));
    Outcome o = read(p);
    assertEquals(List.of(), o.records());
    assertEquals(List.of(p + ":3: The bytes are neither UTF-8 nor GB18030 (GBK): byte "
        + (text.length + 1) + " is not UTF-8; save the file as CSV (UTF-8) or name its encoding"),
        o.messages());
  }

  @Test
  void gb18030BytesAreDetected() throws IOException {
    Charset gb = Charset.forName("GB18030");
    Path p = write("gb.csv", (HEADER + "r1,s1,f1,C1,diesel,2.5,吨,2025-01-01,2025-01-31,\n")
        .getBytes(gb));
    Outcome o = read(p);
    assertEquals(List.of(), o.messages());
    assertEquals(Amount.of("2.5", "t"), o.records().get(0).amount());
  }
}
