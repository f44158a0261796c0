// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnms.report.render.HtmlTemplate;

/**
 * A document of a report — headings, paragraphs, facts, tables and charts — that renders as plain
 * text, Markdown or one self-contained HTML page (inline style, no scripts, no external requests)
 * through an {@link HtmlTemplate}. Mutable; build it in one thread.
 */
public final class Doc {

  /** One block of a document. */
  public sealed interface Block permits Heading, Para, Facts, Table, Svg {}

  /** A heading of level 1 to 3. */
  public record Heading(int level, String text) implements Block {}

  /** A paragraph; {@code note} paragraphs print smaller in HTML. */
  public record Para(String text, boolean note) implements Block {}

  /** Label–value pairs. */
  public record Facts(List<String[]> pairs) implements Block {}

  /** A table; {@code numeric[i]} right-aligns column i. */
  public record Table(List<String> headers, List<List<String>> rows, boolean[] numeric)
      implements Block {}

  /** An inline SVG image with a text alternative for text and Markdown. */
  public record Svg(String svg, String alternative) implements Block {}

  private final String title;
  private final Locale locale;
  private final List<Block> blocks = new ArrayList<>();

  public Doc(String title, Locale locale) {
    this.title = title;
    this.locale = locale;
  }

  public String title() {
    return title;
  }

  public Doc h1(String text) {
    blocks.add(new Heading(1, text));
    return this;
  }

  public Doc h2(String text) {
    blocks.add(new Heading(2, text));
    return this;
  }

  public Doc h3(String text) {
    blocks.add(new Heading(3, text));
    return this;
  }

  public Doc para(String text) {
    blocks.add(new Para(text, false));
    return this;
  }

  public Doc note(String text) {
    blocks.add(new Para(text, true));
    return this;
  }

  public Doc facts(List<String[]> pairs) {
    blocks.add(new Facts(List.copyOf(pairs)));
    return this;
  }

  /** A column of a table: its header and whether it holds numbers (right-aligned). */
  public record Column(String header, boolean numeric) {
    /** A column of text. */
    public static Column text(String header) {
      return new Column(header, false);
    }

    /** A column of numbers. */
    public static Column number(String header) {
      return new Column(header, true);
    }
  }

  public Doc table(List<Column> columns, List<List<String>> rows) {
    boolean[] n = new boolean[columns.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = columns.get(i).numeric();
    }
    blocks.add(new Table(columns.stream().map(Column::header).toList(), List.copyOf(rows), n));
    return this;
  }

  public Doc svg(String svg, String alternative) {
    blocks.add(new Svg(svg, alternative));
    return this;
  }

  public Doc append(Doc other) {
    blocks.addAll(other.blocks);
    return this;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  // ---- text ----

  public String text() {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(h.text()).append('\n');
        if (h.level() < 3) {
          b.append(String.valueOf(h.level() == 1 ? '=' : '-').repeat(width(h.text())))
              .append('\n');
        }
      } else if (block instanceof Para p) {
        b.append(p.text()).append('\n');
      } else if (block instanceof Facts f) {
        int w = 0;
        for (String[] pair : f.pairs()) {
          w = Math.max(w, width(pair[0]));
        }
        for (String[] pair : f.pairs()) {
          b.append("  ").append(pad(pair[0] + ":", w + 1, false)).append(' ').append(pair[1])
              .append('\n');
        }
      } else if (block instanceof Table t) {
        textTable(b, t);
      } else if (block instanceof Svg s) {
        b.append(s.alternative()).append('\n');
      }
    }
    return b.toString();
  }

  private static void textTable(StringBuilder b, Table t) {
    int[] w = new int[t.headers().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(t.headers().get(i));
    }
    for (List<String> row : t.rows()) {
      for (int i = 0; i < w.length && i < row.size(); i++) {
        w[i] = Math.max(w[i], width(row.get(i)));
      }
    }
    line(b, t.headers(), w, t.numeric());
    StringBuilder rule = new StringBuilder("  ");
    for (int i = 0; i < w.length; i++) {
      rule.append("-".repeat(w[i])).append(i < w.length - 1 ? "  " : "");
    }
    b.append(rule).append('\n');
    for (List<String> row : t.rows()) {
      line(b, row, w, t.numeric());
    }
  }

  private static void line(StringBuilder b, List<String> cells, int[] w, boolean[] numeric) {
    StringBuilder l = new StringBuilder("  ");
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      l.append(pad(c, w[i], numeric[i]));
      if (i < w.length - 1) {
        l.append("  ");
      }
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - width(s)));
    return right ? fill + s : s + fill;
  }

  /** The width of {@code s} in terminal columns: wide (CJK) characters take two. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  // ---- Markdown ----

  public String markdown() {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        b.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
      } else if (block instanceof Para p) {
        b.append(p.note() ? "_" + md(p.text()) + "_" : md(p.text())).append("\n\n");
      } else if (block instanceof Facts f) {
        for (String[] pair : f.pairs()) {
          b.append("- **").append(md(pair[0])).append(":** ").append(md(pair[1])).append('\n');
        }
        b.append('\n');
      } else if (block instanceof Table t) {
        b.append('|');
        for (String h : t.headers()) {
          b.append(' ').append(md(h)).append(" |");
        }
        b.append("\n|");
        for (boolean n : t.numeric()) {
          b.append(n ? "---:|" : "---|");
        }
        b.append('\n');
        for (List<String> row : t.rows()) {
          b.append('|');
          for (String c : row) {
            b.append(' ').append(md(c)).append(" |");
          }
          b.append('\n');
        }
        b.append('\n');
      } else if (block instanceof Svg s) {
        b.append("```\n").append(s.alternative()).append("```\n\n");
      }
    }
    return b.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  // ---- HTML ----

  /** The page through the default template. */
  public String html() {
    return html(HtmlTemplate.standard());
  }

  /** The page through {@code template}. */
  public String html(HtmlTemplate template) {
    return template.render("zh".equals(locale.getLanguage()) ? "zh-CN" : "en", esc(title),
        body());
  }

  /** The blocks as HTML, for the body of a page. */
  public String body() {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        b.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h")
            .append(h.level()).append(">\n");
      } else if (block instanceof Para p) {
        b.append(p.note() ? "<p class=\"note\">" : "<p>").append(esc(p.text()))
            .append("</p>\n");
      } else if (block instanceof Facts f) {
        b.append("<dl>\n");
        for (String[] pair : f.pairs()) {
          b.append("<dt>").append(esc(pair[0])).append("</dt><dd>").append(esc(pair[1]))
              .append("</dd>\n");
        }
        b.append("</dl>\n");
      } else if (block instanceof Table t) {
        b.append("<table>\n<thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
          b.append(t.numeric()[i] ? "<th class=\"num\">" : "<th>").append(esc(t.headers().get(i)))
              .append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
          b.append("<tr>");
          for (int i = 0; i < row.size(); i++) {
            boolean n = i < t.numeric().length && t.numeric()[i];
            b.append(n ? "<td class=\"num\">" : "<td>").append(esc(row.get(i))).append("</td>");
          }
          b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      } else if (block instanceof Svg s) {
        b.append("<figure>\n").append(s.svg()).append("\n</figure>\n");
      }
    }
    return b.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }


}
