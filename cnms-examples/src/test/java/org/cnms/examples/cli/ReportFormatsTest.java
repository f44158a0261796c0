// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.examples.workspace.Workspace;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.render.ReportDocument;
import org.cnms.report.render.ReportJson;
import org.cnms.report.render.ReportPdf;
import org.cnms.report.render.ReportWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's carbon-neutrality report in every format: the JSON is the model and reads back
 * exactly, the text and HTML print the same figures, the workbook holds the exact values as
 * numbers under Chinese and English headers, and the PDF yields its Chinese text back.
 */
class ReportFormatsTest {

  static Workspace sample;
  static CarbonNeutralityReport en;
  static CarbonNeutralityReport zh;

  @TempDir Path tmp;

  @BeforeAll
  static void build() {
    sample = Workspace.sample();
    en = report(Locale.ENGLISH);
    zh = report(Locale.SIMPLIFIED_CHINESE);
  }

  static CarbonNeutralityReport report(Locale locale) {
    var latest = sample.inventories().get(sample.inventories().size() - 1);
    return CarbonNeutralityReport.builder().system(sample.system())
        .inventories(sample.inventories()).baseline(sample.currentBaseline())
        .target(sample.currentTarget()).ledger(sample.ledger())
        .claims(sample.neutralityClaims())
        .calculationResults(sample.activity().stream()
            .filter(r -> latest.period().encloses(r.period())).map(sample::calculate).toList())
        .denominators(sample.intensityDenominators()::of)
        .workspace(sample.name()).assessmentDate(sample.assessmentDate())
        .calculator(sample.calculator().factorLibraryVersion(),
            sample.calculator().gwpSet().name())
        .conformity(ConformityAssessment.discover().assess(sample.assessmentContext()))
        .locale(locale).build();
  }

  @Test
  void theJsonIsTheModelAndReadsBackExactly() {
    String json = ReportJson.write(en);
    CarbonNeutralityReport back = ReportJson.read(json);
    assertEquals(en, back);
    assertEquals(json, ReportJson.write(back));
  }

  @Test
  void theCommandLinePrintsTheModelsJson() {
    CnmsTest.Run r = CnmsTest.cnms("report", "-q", "--no-html", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(ReportJson.write(en), r.out());
  }

  /** Every CO₂e figure of the JSON, as the text and HTML print it (0.01 t, half-even). */
  static List<String> figures(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      if (node.size() == 2 && node.has("value") && "tCO2e".equals(node.path("unit").asText())) {
        // the projection and the baseline level of each target are drawn, not tabled
        if (!path.contains("/projection") && !path.endsWith("/baselineLevel")) {
          out.add(path + "=" + tonnes(new BigDecimal(node.get("value").asText())));
        }
        return out;
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        figures(e.getValue(), path + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        figures(node.get(i), path + "/" + i, out);
      }
    }
    return out;
  }

  static String tonnes(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(v.setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void textAndHtmlPrintEveryFigureOfTheJson() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportJson.write(en));
    List<String> figures = figures(json, "", new ArrayList<>());
    assertTrue(figures.size() > 60, figures::toString);
    ReportDocument doc = ReportDocument.of(en);
    String text = doc.text();
    String html = doc.html();
    List<String> missing = new ArrayList<>();
    for (String f : figures) {
      String printed = f.substring(f.indexOf('=') + 1);
      String unsigned = printed.startsWith("-") ? printed.substring(1) : printed;
      if (!text.contains(unsigned)) {
        missing.add("text " + f);
      }
      if (!html.contains(unsigned)) {
        missing.add("html " + f);
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(html.contains("class=\"bar C1\""), "stacked bars");
    assertTrue(html.contains("class=\"waterfall net\""), "waterfall");
  }

  @Test
  void theWorkbookHoldsTheExactValuesAsNumbersUnderChineseAndEnglishHeaders() throws Exception {
    byte[] xlsx = ReportWorkbook.write(zh);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertEquals(ReportWorkbook.SHEETS, names);
      List<Row> inventory = wb.findSheet("Inventory").orElseThrow().read();
      assertEquals("排放总量", inventory.get(0).getCellText(3), inventory.get(0).toString());
      assertEquals("Total emissions", inventory.get(1).getCellText(3));
      assertEquals(zh.inventory().totalEmissions().tonnes(),
          inventory.get(2).getCellAsNumber(3).orElseThrow());
      List<Row> trend = wb.findSheet("Trend").orElseThrow().read();
      assertEquals(zh.trend().years().size() + 2, trend.size());
      for (int i = 0; i < zh.trend().years().size(); i++) {
        assertEquals(zh.trend().years().get(i).coveredNet().tonnes(),
            trend.get(i + 2).getCellAsNumber(5).orElseThrow());
      }
      List<Row> balance = wb.findSheet("Balance").orElseThrow().read();
      assertEquals(zh.balance().netBalance().tonnes(),
          balance.get(2).getCellAsNumber(5).orElseThrow());
    }
  }

  @Test
  void thePdfEmbedsASubsetOfTheCjkFontAndYieldsItsChineseTextBack() throws Exception {
    byte[] pdf = ReportPdf.write(ReportDocument.of(zh));
    Files.write(tmp.resolve("report.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("碳中和"), text.substring(0, Math.min(400, text.length())));
      assertTrue(text.contains(zh.organisation().name()), "organisation name");
      assertTrue(text.contains("温室气体") || text.contains("排放清单"), "inventory heading");
      assertTrue(text.contains(tonnes(zh.inventory().totalEmissions().tonnes())), "total");
      List<String> cjk = new ArrayList<>();
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font) {
          cjk.add(font.getName());
        }
      }
      assertEquals(1, cjk.size(), cjk::toString);
      assertTrue(cjk.get(0).matches("[A-Z]{6}\\+DroidSansFallback"), "a subset: " + cjk);
    }
    assertTrue(pdf.length < 2_000_000, "subset, not the whole 3.4 MB font: " + pdf.length);
  }

  @Test
  void theCommandLineWritesXlsxAndPdfToOut() throws Exception {
    Path xlsx = tmp.resolve("r.xlsx");
    CnmsTest.Run r = CnmsTest.cnms("report", "-q", "--no-html", "--format", "xlsx", "--out",
        xlsx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(ReadableWorkbook.isOOXMLZipHeader(Files.readAllBytes(xlsx)));
    Path pdf = tmp.resolve("r.pdf");
    r = CnmsTest.cnms("report", "-q", "--no-html", "--format", "pdf", "--lang", "zh", "--out",
        pdf.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
        .startsWith("%PDF-"));
    assertEquals(2, CnmsTest.cnms("report", "-q", "--no-html", "--format", "pdf").code(),
        "pdf needs --out");
    assertEquals(2, CnmsTest.cnms("inventory", "-q", "--format", "xlsx", "--out",
        tmp.resolve("i.xlsx").toString()).code(), "xlsx is for the report");
  }
}
