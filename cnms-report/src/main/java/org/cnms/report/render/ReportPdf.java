// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cnms.report.internal.Doc;

/**
 * A report document as PDF, drawn with Apache PDFBox on A4 pages: headings, paragraphs, facts and
 * tables (columns narrowed and cells wrapped to fit the page), each chart by its text
 * alternative. Chinese is set in Droid Sans Fallback (Apache-2.0, shipped in this module) and
 * embedded as a subset, so the PDF shows and yields (copy, search, text extraction) the Chinese
 * text on any machine; Latin letters, digits and punctuation in the standard Helvetica. A
 * character neither font has prints as {@code ?}.
 *
 * <p>PDFBox directly rather than an HTML-to-PDF engine: it is Apache-2.0 like cnms, needs no
 * well-formed XHTML, and embeds a TrueType subset with its {@code ToUnicode} map.
 */
public final class ReportPdf {

  /** The font file shipped in the module. */
  public static final String FONT = "/org/cnms/report/fonts/DroidSansFallback.ttf";

  private static final float MARGIN = 40;
  private static final float BODY = 9;
  private static final float CELL = 7.5f;

  private ReportPdf() {}

  /** The document as the bytes of a PDF file. */
  public static byte[] write(ReportDocument document) {
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font font;
      try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("The font " + FONT + " is missing from cnms-report");
        }
        font = PDType0Font.load(pdf, in, true);
      }
      pdf.getDocumentInformation().setTitle(document.doc().title());
      pdf.getDocumentInformation().setCreator("cnms");
      new Layout(pdf, font).draw(document.doc());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays blocks out top to bottom, page after page. */
  private static final class Layout {
    private final PDDocument pdf;
    private final PDType0Font font;
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final Map<Integer, PDFont> glyphs = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream cs;
    private float y;

    Layout(PDDocument pdf, PDType0Font font) {
      this.pdf = pdf;
      this.font = font;
    }

    void draw(Doc doc) throws IOException {
      newPage();
      for (Doc.Block b : doc.blocks()) {
        if (b instanceof Doc.Heading h) {
          float size = h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11;
          space(size * 2.2f);
          y -= size * 0.6f;
          for (String line : wrap(h.text(), size, width)) {
            text(line, MARGIN, size);
          }
        } else if (b instanceof Doc.Para p) {
          for (String line : wrap(p.text(), p.note() ? BODY - 1 : BODY, width)) {
            text(line, MARGIN, p.note() ? BODY - 1 : BODY);
          }
          y -= 3;
        } else if (b instanceof Doc.Facts f) {
          for (String[] pair : f.pairs()) {
            for (String line : wrap(pair[0] + ": " + pair[1], BODY, width)) {
              text(line, MARGIN, BODY);
            }
          }
          y -= 3;
        } else if (b instanceof Doc.Table t) {
          table(t);
        } else if (b instanceof Doc.Svg s) {
          for (String line : s.alternative().split("\n")) {
            for (String w : wrap(line, CELL, width)) {
              text(w, MARGIN, CELL);
            }
          }
          y -= 3;
        }
      }
      cs.close();
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      cs = new PDPageContentStream(pdf, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void space(float needed) throws IOException {
      if (y - needed < MARGIN) {
        newPage();
      }
    }

    private void text(String s, float x, float size) throws IOException {
      space(size * 1.4f);
      y -= size * 1.4f;
      if (s.isEmpty()) {
        return;
      }
      show(s, x, y, size);
    }

    /** Draws {@code s}, printable, in runs of one font each. */
    private void show(String s, float x, float y, float size) throws IOException {
      float at = x;
      int i = 0;
      while (i < s.length()) {
        PDFont f = fontOf(s.codePointAt(i));
        int j = i;
        while (j < s.length() && fontOf(s.codePointAt(j)) == f) {
          j += Character.charCount(s.codePointAt(j));
        }
        String run = s.substring(i, j);
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(at, y);
        cs.showText(run);
        cs.endText();
        at += f.getStringWidth(run) / 1000 * size;
        i = j;
      }
    }

    /** The font that draws {@code cp} ({@code ?} is always drawable). */
    private PDFont fontOf(int cp) {
      return glyphs.computeIfAbsent(cp, c -> {
        if (Character.isISOControl(c)) {
          return null;
        }
        String ch = new String(Character.toChars(c));
        for (PDFont f : List.of(latin, font)) {
          try {
            f.encode(ch);
            if (f.getStringWidth(ch) > 0 || c == ' ') {
              return f;
            }
          } catch (IllegalArgumentException | IOException e) {
            // not in this font
          }
        }
        return null;
      });
    }

    private void table(Doc.Table t) throws IOException {
      int n = t.headers().size();
      float[] natural = new float[n];
      List<List<String>> all = new ArrayList<>();
      all.add(t.headers());
      all.addAll(t.rows());
      for (List<String> row : all) {
        for (int i = 0; i < n && i < row.size(); i++) {
          natural[i] = Math.max(natural[i], measure(row.get(i), CELL) + 6);
        }
      }
      float sum = 0;
      for (float w : natural) {
        sum += w;
      }
      float[] w = new float[n];
      for (int i = 0; i < n; i++) {
        w[i] = sum <= width ? natural[i] : Math.max(24, width * natural[i] / sum);
      }
      boolean header = true;
      for (List<String> row : all) {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < n; i++) {
          List<String> c = wrap(i < row.size() ? row.get(i) : "", CELL, w[i] - 6);
          cells.add(c);
          lines = Math.max(lines, c.size());
        }
        float h = lines * CELL * 1.3f + 4;
        space(h);
        float x = MARGIN;
        for (int i = 0; i < n; i++) {
          cs.addRect(x, y - h, w[i], h);
          float ty = y - 3;
          for (String line : cells.get(i)) {
            ty -= CELL * 1.3f;
            float tx = t.numeric()[i] && !header ? x + w[i] - 3 - measure(line, CELL) : x + 3;
            show(line, tx, ty, CELL);
          }
          x += w[i];
        }
        cs.setLineWidth(0.3f);
        cs.stroke();
        y -= h;
        header = false;
      }
      y -= 6;
    }

    /** The text with every character neither font has replaced by {@code ?}. */
    private String printable(String s) {
      StringBuilder b = new StringBuilder();
      s.replace('−', '-').replace('₂', '2').codePoints().forEach(cp -> b.append(
          fontOf(cp) != null ? new String(Character.toChars(cp)) : "?"));
      return b.toString();
    }

    private float measure(String s, float size) throws IOException {
      String p = printable(s);
      float w = 0;
      for (int i = 0; i < p.length(); ) {
        int cp = p.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        w += fontOf(cp).getStringWidth(ch) / 1000 * size;
        i += Character.charCount(cp);
      }
      return w;
    }

    /** The text broken into lines no wider than {@code max}, printable by the font. */
    private List<String> wrap(String text, float size, float max) throws IOException {
      List<String> out = new ArrayList<>();
      String s = printable(text);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        if (line.length() > 0 && measure(line + ch, size) > max) {
          int space = line.lastIndexOf(" ");
          if (space > 0 && cp < 0x2E80) {
            out.add(line.substring(0, space));
            line.delete(0, space + 1);
          } else {
            out.add(line.toString());
            line.setLength(0);
          }
        }
        line.append(ch);
        i += Character.charCount(cp);
      }
      out.add(line.toString());
      return out;
    }
  }
}
