// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.cnms.quantification.testing.SampleWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityImportTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER =
      "id,source,facility,category,activity,amount,unit,start,end,obtained_by\n";

  @TempDir
  Path dir;

  private final ActivityImport erp = ActivityImport.builder()
      .period(ReportingPeriod.calendarYear(2025)).build();

  private record Outcome(List<ActivityRecord> records, List<Problem> problems) {
    List<String> messages() {
      return problems.stream().map(Problem::toString).toList();
    }
  }

  private Outcome read(ActivityImport importer, Path file) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<ActivityRecord> s = importer.stream(file, problems::add)) {
      return new Outcome(s.toList(), problems);
    }
  }

  private Outcome read(Path file) {
    return read(erp, file);
  }

  private Path write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  private Outcome readRow(String amount, String unit, String start, String category,
      String by) throws IOException {
    return read(write("row.csv", HEADER + "r1,s1,f1," + category + ",diesel," + amount + ","
        + unit + "," + start + ",2025-12-31," + by + "\n", StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- the sample, three ways

  private static byte[] sample() throws IOException {
    try (InputStream in = ActivityImportTest.class.getResourceAsStream("sample-2025.csv")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theSampleCopyIsTheExamplesSample() throws IOException {
    Path original = Path.of("../cnms-examples/src/main/resources/org/cnms/examples/sample/"
        + "activity/2025.csv");
    if (Files.exists(original)) {
      assertEquals(new String(Files.readAllBytes(original), StandardCharsets.UTF_8),
          new String(sample(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void csvUtf8CsvGb18030AndXlsxOfTheSampleGiveTheSameRecordsExactly() throws IOException {
    String text = new String(sample(), StandardCharsets.UTF_8);
    Path utf8 = write("2025.csv", text, StandardCharsets.UTF_8);
    Path bom = dir.resolve("2025-bom.csv");
    try (OutputStream o = Files.newOutputStream(bom)) {
      o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      o.write(sample());
    }
    Path gb = write("2025-gb18030.csv", text, GB18030);
    Path xlsx = SampleWorkbook.write(text, dir.resolve("2025.xlsx"));

    Outcome a = read(utf8);
    assertEquals(List.of(), a.problems());
    assertEquals(20, a.records().size());
    assertEquals(Amount.of("66.00", "1e4Nm3"), a.records().get(0).amount());
    assertEquals("苏州港华燃气结算单 2025", a.records().get(0).documentRef().get());
    for (Path other : List.of(bom, gb, xlsx)) {
      Outcome b = read(other);
      assertEquals(List.of(), b.problems(), other.toString());
      assertEquals(a.records(), b.records(), other.toString());
    }
    // the GB18030 bytes are not UTF-8: detection, not luck
    assertThrows(java.nio.charset.CharacterCodingException.class, () -> StandardCharsets.UTF_8
        .newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(gb))));
    assertEquals(a.records(), read(ActivityImport.builder()
        .period(ReportingPeriod.calendarYear(2025)).encoding(GB18030).build(), gb).records());
  }

  @Test
  void streamingIntoTheAccumulatorGivesTheInventoryOfTheRecordsInMemory() throws IOException {
    Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
        .methodForKey("diesel", FuelCombustionMethod.of("diesel")).build();
    Random random = new Random(612);
    StringBuilder csv = new StringBuilder(HEADER);
    String[][] kinds = {
        {"grid-1", "C2", ReferenceData.GRID_AVERAGE, "kWh"},
        {"grid-2", "C2", ReferenceData.GRID_AVERAGE, "MWH"},
        {"boiler", "C1", "test.gas-boiler", "TJ"},
        {"stove", "C1", "test.wood", "TNE"}};
    for (int i = 0; i < 5000; i++) {
      String[] k = kinds[random.nextInt(kinds.length)];
      int month = 1 + random.nextInt(12);
      String amount = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4))
          .toPlainString();
      csv.append("r").append(i).append(',').append(k[0]).append(",plant-1,").append(k[1])
          .append(',').append(k[2]).append(',').append(amount).append(',').append(k[3])
          .append(",2022-").append(month).append("-1,2022/").append(month).append('/')
          .append(LocalDate.of(2022, month, 1).lengthOfMonth()).append(",invoiced\n");
    }
    Path file = write("2022.csv", csv.toString(), StandardCharsets.UTF_8);
    ActivityImport importer = ActivityImport.builder()
        .period(ReportingPeriod.calendarYear(2022)).build();
    List<Problem> problems = new ArrayList<>();
    GhgInventory streamed;
    try (Stream<ActivityRecord> s = importer.stream(file, problems::add)) {
      streamed = InventoryAccumulator.inventory(calc, "inv", ReportingPeriod.calendarYear(2022),
          s);
    }
    assertEquals(List.of(), problems);
    List<ActivityRecord> inMemory = importer.read(file).records();
    assertEquals(5000, inMemory.size());
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    inMemory.forEach(acc::add);
    assertEquals(acc.toInventory("inv", ReportingPeriod.calendarYear(2022)), streamed);
    assertTrue(streamed.totalEmissions().tonnes().signum() > 0);
  }

  // ---------------------------------------------------------------- encodings

  @Test
  void encodingsUtf8WithAndWithoutBomAndGb18030AreDetected() throws IOException {
    String text = HEADER + "r1,s1,f1,直接 GHG 排放和清除,diesel,1,吨,2025-01-01,2025-01-31,计量\n";
    for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030, Charset.forName("GBK"))) {
      Outcome o = read(write("e.csv", text, cs));
      assertEquals(List.of(), o.problems(), cs.name());
      assertEquals(EmissionCategory.DIRECT, o.records().get(0).category());
      assertEquals(ObtainedBy.METERED, o.records().get(0).obtainedBy());
      assertEquals(Amount.of("1", "t"), o.records().get(0).amount());
    }
  }

  @Test
  void bytesOfNeitherEncodingAreAProblemNamingTheFile() throws IOException {
    Path p = dir.resolve("bad.csv");
    byte[] head = HEADER.getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'r';
    bytes[head.length + 1] = (byte) 0xFF;
    bytes[head.length + 2] = (byte) 0xFF;
    bytes[head.length + 3] = '\n';
    Files.write(p, bytes);
    Outcome o = read(p);
    assertEquals(List.of(), o.records());
    assertEquals(List.of(p + ":2: The bytes are neither UTF-8 nor GB18030 (GBK): byte "
        + (head.length + 2) + " is not UTF-8; save the file as CSV (UTF-8) or name its encoding"),
        o.messages());
  }

  @Test
  void gbkBytesAfterTheDetectedUtf8PartEndTheFileWithAProblem() throws IOException {
    StringBuilder ascii = new StringBuilder(HEADER);
    for (int i = 0; ascii.length() < ActivityImport.SNIFF_BYTES + 1000; i++) {
      ascii.append("r").append(i).append(",s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n");
    }
    int lines = (int) ascii.chars().filter(c -> c == '\n').count();
    Path p = dir.resolve("late.csv");
    try (OutputStream o = Files.newOutputStream(p)) {
      o.write(ascii.toString().getBytes(StandardCharsets.US_ASCII));
      o.write("x1,s1,f1,C1,diesel,1,吨,2025-01-01,2025-01-31,\n".getBytes(GB18030));
    }
    Outcome o = read(p);
    assertEquals(lines - 1, o.records().size());
    assertEquals(List.of(p + ":" + (lines + 1) + ": The bytes after line " + lines + " are not"
        + " UTF-8; name the file's encoding (UTF-8 or GB18030); the rest of the file is not read"),
        o.messages());
  }

  @Test
  void aStreamReadsInTheNamedEncoding() {
    String text = HEADER + "r1,s1,f1,C1,diesel,1,公斤,2025-01-01,2025-01-31,\n";
    List<Problem> problems = new ArrayList<>();
    List<ActivityRecord> records;
    try (Stream<ActivityRecord> s = ActivityImport.builder()
        .period(ReportingPeriod.calendarYear(2025)).encoding(GB18030).build()
        .streamCsv(new ByteArrayInputStream(text.getBytes(GB18030)), "erp.csv", problems::add)) {
      records = s.toList();
    }
    assertEquals(List.of(), problems);
    assertEquals(Amount.of("1", "kg"), records.get(0).amount());
  }

  // ---------------------------------------------------------------- dates

  @ParameterizedTest
  @CsvSource({"2025-01-31", "2025/1/31", "2025-1-31", "2025年1月31日", "２０２５－０１－３１"})
  void datesOfErpExtractsAreRead(String start) throws IOException {
    Outcome o = readRow("1", "t", start, "C1", "");
    assertEquals(List.of(), o.problems());
    assertEquals(LocalDate.of(2025, 1, 31), o.records().get(0).period().start());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "31/01/2025|Not a date (2025-01-31, 2025-1-31, 2025/1/31 or 2025年1月31日): '31/01/2025'",
      "2025-02-30|Not a date: '2025-02-30' names no day of the calendar",
      "2025/1-31|Not a date (2025-01-31, 2025-1-31, 2025/1/31 or 2025年1月31日): '2025/1-31'",
      "2025年1月31|Not a date (2025-01-31, 2025-1-31, 2025/1/31 or 2025年1月31日): '2025年1月31'"})
  void otherDatesAreRowErrors(String start, String message) throws IOException {
    Outcome o = readRow("1", "t", start, "C1", "");
    assertEquals(List.of(), o.records());
    assertEquals(List.of(dir.resolve("row.csv") + ":2:8: start: " + message), o.messages());
  }

  // ---------------------------------------------------------------- numbers

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"24.9|24.9", "０．５|0.5", "1.5E+7|1.5E+7", "2e-3|0.002",
      "+7|7", "１２３|123", "0|0"})
  void numbersWithAPointAreRead(String text, String value) throws IOException {
    Outcome o = readRow(text, "t", "2025-01-01", "C1", "");
    assertEquals(List.of(), o.problems());
    assertEquals(0, new BigDecimal(value).compareTo(o.records().get(0).amount().value()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"24,9\"|Not a number: '24,9' has a comma; the decimal separator is '.', and commas are"
          + " read as thousands separators only in a column declared to have them",
      "\"1,250.5\"|Not a number: '1,250.5' has a comma; the decimal separator is '.', and commas"
          + " are read as thousands separators only in a column declared to have them",
      "1e31|Not a number: the exponent of '1e31' is beyond ±30, more than any measured amount"
          + " can be",
      "1E999999999|Not a number: the exponent of '1E999999999' is beyond ±30, more than any"
          + " measured amount can be",
      "1.2.3|Not a number: '1.2.3'",
      "abc|Not a number: 'abc'",
      "-3|The amount must not be negative, but was -3",
      "0x1F|Not a number: '0x1F'"})
  void otherNumbersAreRowErrors(String text, String message) throws IOException {
    Outcome o = readRow(text, "t", "2025-01-01", "C1", "");
    assertEquals(List.of(), o.records());
    assertEquals(List.of(dir.resolve("row.csv") + ":2:6: amount: " + message), o.messages());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1,234,567.5|1234567.5", "58,500|58500", "999|999",
      "１，２５０．５|1250.5"})
  void thousandsSeparatorsAreReadWhereTheColumnDeclaresThem(String text, String value)
      throws IOException {
    ActivityImport grouped = ActivityImport.builder().period(ReportingPeriod.calendarYear(2025))
        .mapping(ColumnMapping.builder().amountThousandsSeparators(true).build()).build();
    Outcome o = read(grouped, write("g.csv", HEADER + "r1,s1,f1,C1,diesel,\"" + text
        + "\",t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8));
    assertEquals(List.of(), o.problems());
    assertEquals(new BigDecimal(value), o.records().get(0).amount().value());
  }

  @ParameterizedTest
  @CsvSource({"'58,50,000'", "'24,9'", "'1234,567'", "',123'", "'1,234.5,6'", "'1,,234'"})
  void misplacedThousandsSeparatorsAreRowErrorsEvenWhereDeclared(String text)
      throws IOException {
    ActivityImport grouped = ActivityImport.builder().period(ReportingPeriod.calendarYear(2025))
        .mapping(ColumnMapping.builder().amountThousandsSeparators(true).build()).build();
    Outcome o = read(grouped, write("g.csv", HEADER + "r1,s1,f1,C1,diesel,\"" + text
        + "\",t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8));
    assertEquals(List.of(), o.records());
    assertEquals(1, o.problems().size());
    assertEquals(text, o.problems().get(0).text().get());
    assertTrue(o.problems().get(0).message().startsWith("Not a number: '" + text + "'"),
        o.problems().get(0).message());
  }

  // ---------------------------------------------------------------- categories, ways, units

  @ParameterizedTest
  @CsvSource({"C1, DIRECT", "c2, PURCHASED_ENERGY", "3, TRANSPORTATION", "PRODUCTS_USED,"
      + " PRODUCTS_USED", "直接 GHG 排放和清除, DIRECT", "购入能源产生的间接GHG排放, PURCHASED_ENERGY",
      "运输产生的间接 GHG 排放, TRANSPORTATION", "组织使用的产品产生的间接 GHG 排放, PRODUCTS_USED",
      "与使用本组织产品相关的间接 GHG 排放, USE_OF_PRODUCTS", "其他来源的间接 GHG 排放, OTHER",
      "Ｃ６, OTHER"})
  void categoriesByCodeNumberOrTheStandardsName(String text, EmissionCategory expected)
      throws IOException {
    Outcome o = readRow("1", "t", "2025-01-01", text, "");
    assertEquals(List.of(), o.problems());
    assertEquals(expected, o.records().get(0).category());
  }

  @ParameterizedTest
  @CsvSource({"metered, METERED", "INVOICED, INVOICED", "计量, METERED", "结算凭证, INVOICED",
      "计算, CALCULATED", "估算, ESTIMATED", "estimated, ESTIMATED"})
  void waysOfObtainingInEnglishOrChinese(String text, ObtainedBy expected) throws IOException {
    Outcome o = readRow("1", "t", "2025-01-01", "C1", text);
    assertEquals(List.of(), o.problems());
    assertEquals(expected, o.records().get(0).obtainedBy());
  }

  @ParameterizedTest
  @CsvSource({"KWH, kWh", "MWH, MWh", "GV, GJ", "TNE, t", "KGM, kg", "MTQ, m3", "LTR, L",
      "千瓦时, kWh", "万标准立方米, 1e4Nm3"})
  void unitsBySymbolChineseNameOrRecommendation20Code(String text, String code)
      throws IOException {
    Outcome o = readRow("1", text, "2025-01-01", "C1", "");
    assertEquals(List.of(), o.problems());
    assertEquals(code, o.records().get(0).amount().unit().code());
  }

  // ---------------------------------------------------------------- places and bad input

  @Test
  void lineNumbersArePhysicalLinesEvenWithQuotedLineBreaks() throws IOException {
    String csv = HEADER
        + "r1,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n"
        + "r2,s1,f1,C1,\"diesel\nsecond line\nthird\",1,t,2025-01-01,2025-01-31,\n"
        + "\n"
        + "r3,s1,f1,C1,diesel,abc,t,2025-01-01,2025-01-31,\n";
    Path p = write("lines.csv", csv, StandardCharsets.UTF_8);
    Outcome o = read(p);
    assertEquals(List.of("r1", "r2"), o.records().stream().map(ActivityRecord::id).toList());
    assertEquals("diesel\nsecond line\nthird", o.records().get(1).activityKey());
    assertEquals(List.of(p + ":7:6: amount: Not a number: 'abc'"), o.messages());
  }

  @Test
  void everyProblemOfEveryBadRowIsReportedAndGoodRowsAreKept() throws IOException {
    String csv = HEADER
        + "r1,s1,f1,C9,diesel,abc,furlong,2025-13-01,2025-01-31,guessed\n"
        + "r2,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n"
        + "r3,s1\n";
    Path p = write("bad.csv", csv, StandardCharsets.UTF_8);
    Outcome o = read(p);
    assertEquals(List.of("r2"), o.records().stream().map(ActivityRecord::id).toList());
    assertEquals(List.of(
        p + ":2:4: category: Unknown emission category 'C9'; expected C1 to C6 (ISO 14064-1"
            + " categories of T/CAS 612 clause 6.2.1)",
        p + ":2:6: amount: Not a number: 'abc'",
        p + ":2:7: unit: Unknown unit 'furlong'",
        p + ":2:8: start: Not a date: '2025-13-01' names no day of the calendar",
        p + ":2:10: obtained_by: Unknown way of obtaining 'guessed'; expected metered, invoiced,"
            + " calculated or estimated (计量, 结算凭证, 计算, 估算)",
        p + ":4: The row has 2 fields, the header 10",
        p + ":4:3: facility: A value is required in column facility",
        p + ":4:4: category: A value is required in column category",
        p + ":4:5: activity: A value is required in column activity",
        p + ":4:6: amount: A value is required in column amount",
        p + ":4:7: unit: A value is required in column unit",
        p + ":4:8: start: A value is required in column start",
        p + ":4:9: end: A value is required in column end"), o.messages());
  }

  @Test
  void duplicateIdsAreNamedWithBothPlacesAcrossFiles() throws IOException {
    Path a = write("a.csv", HEADER + "r1,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n"
        + "r2,s1,f1,C1,diesel,2,t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8);
    Path b = write("b.csv", HEADER + "r3,s1,f1,C1,diesel,3,t,2025-01-01,2025-01-31,\n"
        + "r1,s1,f1,C1,diesel,4,t,2025-01-01,2025-01-31,\n"
        + "r3,s1,f1,C1,diesel,5,t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    List<ActivityRecord> records;
    try (Stream<ActivityRecord> s = erp.stream(List.of(a, b), problems::add)) {
      records = s.toList();
    }
    assertEquals(List.of("r1", "r2", "r3"), records.stream().map(ActivityRecord::id).toList());
    assertEquals(List.of(
        b + ":3:1: id: Record id 'r1' appears twice; first at " + a + ":2",
        b + ":4:1: id: Record id 'r3' appears twice in the file; first at line 2"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void aRepeatedValueReadsAsItDidAndARepeatedBadValueIsReportedOnEveryRow() throws IOException {
    // the reader makes one string of a value its column repeats: a repeated text must read as it
    // did, and a repeated bad text must be reported again on every row
    String good = ",s1,f1,C1,diesel,1.5,t,2025-1-1,2025/1/31,计量\n";
    String bad = ",s1,f1,C9,diesel,2,xx,2025-01-01,2025-13-01,guessed\n";
    Path a = write("a.csv", HEADER + "r1" + good + "r2" + bad + "r3" + bad + "r4" + good
        + "r5,s1,f1, C1 ,diesel,3,t ,2025-01-01,2025-01-31,\n" + "r6" + good,
        StandardCharsets.UTF_8);
    Outcome o = read(a);
    assertEquals(List.of("r1", "r4", "r5", "r6"), o.records().stream().map(ActivityRecord::id)
        .toList());
    for (ActivityRecord r : o.records()) {
      assertEquals(EmissionCategory.DIRECT, r.category(), r.id());
      assertEquals("t", r.amount().unit().code(), r.id());
      assertEquals(ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
          r.period(), r.id());
      assertEquals(ObtainedBy.METERED, r.obtainedBy(), r.id());
    }
    assertEquals(8, o.problems().size(), o.messages().toString());
    for (int line : new int[] {3, 4}) {
      assertEquals(4, o.problems().stream().filter(p -> p.line() == line).count(),
          o.messages().toString());
    }
  }

  @Test
  void aDuplicateIdWithFullWidthLettersOrSpacesAroundItIsConfirmedAndReported()
      throws IOException {
    // the id is read stripped, not folded: the second reading must find it the same way
    Path a = write("a.csv", HEADER + "\uFF21-1,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n"
        + " \uFF21-1 ,s1,f1,C1,diesel,2,t,2025-01-01,2025-01-31,\n"
        + "A-1,s1,f1,C1,diesel,3,t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    List<ActivityRecord> records;
    try (Stream<ActivityRecord> s = erp.stream(a, problems::add)) {
      records = s.toList();
    }
    assertEquals(List.of("\uFF21-1", "A-1"), records.stream().map(ActivityRecord::id).toList());
    assertEquals(List.of(a + ":3:1: id: Record id '\uFF21-1' appears twice in the file; first at"
        + " line 2"), problems.stream().map(Problem::toString).toList());
  }

  @Test
  void locatedRecordsCarryTheirFileNameAndPhysicalLine() throws IOException {
    String header = HEADER.strip() + ",document\n";
    Path a = write("a.csv", header + "r1,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,,d\n"
        + "r2,s1,f1,C1,diesel,2,t,2025-01-01,2025-01-31,,\"two\nlines\"\n"
        + "r3,s1,f1,C1,diesel,x,t,2025-01-01,2025-01-31,,d\n", StandardCharsets.UTF_8);
    Path b = write("b.csv", header + "r1,s1,f1,C1,diesel,4,t,2025-01-01,2025-01-31,,d\n"
        + "r4,s1,f1,C1,diesel,5,t,2025-01-01,2025-01-31,,d\n", StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    List<String> located;
    try (Stream<ActivityImport.Located> s = erp.streamLocated(List.of(a, b),
        f -> "activity/" + f.getFileName(), problems::add)) {
      located = s.map(l -> l.record().id() + "@" + l.source() + ":" + l.line()).toList();
    }
    assertEquals(List.of("r1@activity/a.csv:2", "r2@activity/a.csv:3", "r4@activity/b.csv:3"),
        located);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("activity/a.csv", problems.get(0).source().orElseThrow());
    assertEquals(5, problems.get(0).line());
    assertEquals("activity/b.csv:2:1: id: Record id 'r1' appears twice; first at activity/a.csv:2",
        problems.get(1).toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1_000, 300_000, 10_000_000})
  void fingerprintsFindEveryDuplicateOfManyIdsHoweverTheSetWasSized(long expected) {
    IdFingerprints ids = new IdFingerprints(expected);
    for (int i = 0; i < 300_000; i++) {
      assertTrue(ids.add("A-" + i));
    }
    for (int i = 0; i < 300_000; i += 1000) {
      assertFalse(ids.add("A-" + i));
    }
    assertEquals(300_000, ids.size());
  }

  @Test
  void emptyHeaderOnlyAndMissingColumnFilesAreProblems() throws IOException {
    Path empty = write("empty.csv", "", StandardCharsets.UTF_8);
    assertEquals(List.of(empty + ": The file is empty; expected a header row naming the columns"
        + " id, source, facility, category, activity, amount, unit, start, end"),
        read(empty).messages());
    Path headerOnly = write("header.csv", HEADER, StandardCharsets.UTF_8);
    assertEquals(List.of(headerOnly + ":1: The file has a header but no rows of data"),
        read(headerOnly).messages());
    Path missing = write("missing.csv", "id,source,amount\nr1,s1,1\n", StandardCharsets.UTF_8);
    assertEquals(List.of(missing + ":1: The CSV header lacks the column(s) facility, category,"
        + " activity, unit, start, end; it has id, source, amount"), read(missing).messages());
    Path absent = dir.resolve("absent.csv");
    assertEquals(List.of(absent + ": The file does not exist"), read(absent).messages());
  }

  @Test
  void aHugeFieldIsABoundedProblem() throws IOException {
    String big = "x".repeat(10 * 1024 * 1024);
    Path p = write("big.csv", HEADER + "r1,s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n"
        + "r2,s1,f1,C1,\"" + big + "\",1,t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8);
    Outcome o = read(p);
    assertEquals(List.of("r1"), o.records().stream().map(ActivityRecord::id).toList());
    assertEquals(1, o.problems().size());
    assertTrue(o.messages().get(0).startsWith(p + ":3: The CSV text cannot be read after line 2:"
        + " a record is longer than 1048576 characters"), o.messages().get(0));
    Path wide = write("wide.csv", HEADER + "r1,s1,f1,C1," + "y".repeat(5000)
        + ",1,t,2025-01-01,2025-01-31,\n", StandardCharsets.UTF_8);
    Outcome w = read(wide);
    assertEquals(List.of(), w.records());
    Problem p2 = w.problems().get(0);
    assertEquals("The value has 5000 characters; at most 4096 are read", p2.message());
    assertTrue(p2.text().get().length() <= Problem.MAX_TEXT);
  }

  @Test
  void workbooksThatCannotBeReadAreProblems() throws IOException {
    String text = new String(sample(), StandardCharsets.UTF_8);
    Path good = SampleWorkbook.write(text, dir.resolve("good.xlsx"));
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = dir.resolve("truncated.xlsx");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Outcome t = read(truncated);
    assertEquals(List.of(), t.records());
    assertEquals(1, t.problems().size());
    assertTrue(t.messages().get(0).startsWith(truncated + ": The workbook cannot be opened; it is"
        + " damaged or truncated"), t.messages().get(0));

    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};
    Path encrypted = dir.resolve("protected.xlsx");
    Files.write(encrypted, ole2);
    assertEquals(List.of(encrypted + ": The workbook is encrypted (password-protected); save it"
        + " without a password, or export it as CSV (UTF-8)"), read(encrypted).messages());
    Path xls = dir.resolve("old.xls");
    Files.write(xls, ole2);
    assertEquals(List.of(xls + ": An Excel 97–2003 workbook (.xls) is not read; save it as .xlsx"
        + " or export it as CSV (UTF-8)"), read(xls).messages());
    Path csvNamedWorkbook = dir.resolve("book.csv");
    Files.write(csvNamedWorkbook, bytes);
    assertEquals(List.of(csvNamedWorkbook + ": The file is a workbook or archive, not CSV text;"
        + " name it .xlsx if it is an Excel workbook"), read(csvNamedWorkbook).messages());
  }

  @Test
  void workbookProblemsNameSheetAndRowAndDateCellsAreDates() throws IOException {
    Path p = dir.resolve("rows.xlsx");
    try (OutputStream o = Files.newOutputStream(p)) {
      Workbook wb = new Workbook(o, "cnms", "1.0");
      Worksheet ws = wb.newWorksheet("数据");
      String[] header = HEADER.strip().split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      Object[][] rows = {
          {"r1", "s1", "f1", "C1", "diesel", new BigDecimal("24.9"), "t",
              LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "计量"},
          {"r2", "s1", "f1", "C1", "diesel", "24,9", "t", "2025年1月1日", "2025/1/31", ""}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof LocalDate d) {
            ws.value(r + 1, c, d);
            ws.style(r + 1, c).format("yyyy/m/d").set();
          } else if (v instanceof BigDecimal n) {
            ws.value(r + 1, c, n);
          } else if (!((String) v).isEmpty()) {
            ws.value(r + 1, c, (String) v);  // empty cells at the end of a row are left out
          }
        }
      }
      wb.finish();
    }
    Outcome o = read(p);
    assertEquals(1, o.records().size(), o.messages().toString());
    assertEquals(ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
        o.records().get(0).period());
    assertEquals(Amount.of("24.9", "t"), o.records().get(0).amount());
    assertEquals(List.of(p + "[数据]:3:6: amount: Not a number: '24,9' has a comma; the decimal"
        + " separator is '.', and commas are read as thousands separators only in a column"
        + " declared to have them"), o.messages());
  }

  @Test
  void valueParsersFoldFullWidthForms() throws Exception {
    assertEquals("1250.5", ImportValues.fold("１２５０．５"));
    assertEquals("C1", ImportValues.fold("　Ｃ１ "));
    assertEquals(new BigDecimal("1E+30"), ImportValues.number("1E+30", false));
    assertEquals(LocalDate.of(2025, 12, 1), ImportValues.date("2025/12/1"));
    assertTrue(XlsxTable.isDate(null, "yyyy\"年\"m\"月\"d\"日\""));
    assertFalse(XlsxTable.isDate(null, "0.00"));
    assertFalse(XlsxTable.isDate(null, "\"d\"0.00"));
    assertTrue(XlsxTable.isDate(14, null));
    assertEquals(2, XlsxTable.fixedDecimals(null, "#,##0.00"));
    assertEquals(0, XlsxTable.fixedDecimals(null, "General"));
  }

  @Test
  void aStreamClosedEarlyStopsTheThreadReadingAhead() throws Exception {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < 20_000; i++) {
      b.append("r").append(i).append(",s1,f1,C1,diesel,1,t,2025-01-01,2025-01-31,\n");
    }
    Path p = write("long.csv", b.toString(), StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    try (java.util.stream.Stream<ActivityRecord> s = erp.stream(p, problems::add)) {
      assertEquals(List.of("r0", "r1", "r2"), s.limit(3).map(ActivityRecord::id).toList());
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("cnms-table-reader")) {
        t.join(60_000);
        assertEquals(false, t.isAlive(), "the reading thread ends when the stream is closed");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void rowsAfterABatchBoundaryKeepTheirLinesAndOrder() throws IOException {
    // more rows than one batch of the reading thread, a quoted line break in the middle
    StringBuilder b = new StringBuilder(HEADER);
    int rows = PrefetchTable.ROWS * 3 + 7;
    for (int i = 0; i < rows; i++) {
      b.append("r").append(i).append(",s1,f1,C1,")
          .append(i == PrefetchTable.ROWS ? "\"die\nsel\"" : "diesel")
          .append(",1,t,2025-01-01,2025-01-31,\n");
    }
    Path p = write("batches.csv", b.toString() + "r-bad,s1,f1,C9,diesel,1,t,2025-01-01,"
        + "2025-01-31,\n", StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    List<ActivityImport.Located> located;
    try (java.util.stream.Stream<ActivityImport.Located> s = erp.streamLocated(List.of(p),
        x -> "batches.csv", problems::add)) {
      located = s.toList();
    }
    assertEquals(rows, located.size());
    for (int i = 0; i < rows; i++) {
      assertEquals("r" + i, located.get(i).record().id());
      // the header is line 1; the quoted break adds a line after row ROWS
      assertEquals(i + 2 + (i > PrefetchTable.ROWS ? 1 : 0), located.get(i).line());
    }
    assertEquals(1, problems.size());
    assertEquals(rows + 3, problems.get(0).line());
  }
}
