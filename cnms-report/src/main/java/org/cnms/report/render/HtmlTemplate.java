// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The page an HTML report is set in: a text with the placeholders {@code {{lang}}} (the page's
 * language, {@code zh-CN} or {@code en}), {@code {{title}}} (the report's title, HTML-escaped) and
 * {@code {{body}}} (the report's headings, tables and inline SVG charts). A vendor restyles the
 * report by giving its own template — its own CSS, header, footer and logo (inline, as a {@code
 * data:} URI, to keep the page self-contained) — to {@link ReportDocument#html(HtmlTemplate)}.
 * The body's elements carry classes to style: {@code num} (numeric cells), {@code note}
 * (notes), and the chart series ({@code observed}, {@code target-path}, {@code baseline}, {@code
 * bar}, {@code waterfall}).
 *
 * <p>Immutable, thread-safe.
 */
public final class HtmlTemplate {

  private static final String RESOURCE = "report.html";

  private final String text;

  private HtmlTemplate(String text) {
    this.text = text;
  }

  /** The template cnms uses: a plain page with inline CSS, no scripts, no external requests. */
  public static HtmlTemplate standard() {
    try (InputStream in = HtmlTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The standard HTML template " + RESOURCE
            + " is missing from cnms-report");
      }
      return new HtmlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A template of the given text.
   *
   * @param text the page, with {@code {{body}}} exactly once, not null
   * @throws IllegalArgumentException if the text does not hold {@code {{body}}} exactly once
   */
  public static HtmlTemplate of(String text) {
    Objects.requireNonNull(text, "text");
    int first = text.indexOf("{{body}}");
    if (first < 0 || text.indexOf("{{body}}", first + 1) >= 0) {
      throw new IllegalArgumentException("An HTML template must hold {{body}} exactly once");
    }
    return new HtmlTemplate(text);
  }

  /** The template's text. */
  public String text() {
    return text;
  }

  /**
   * The page: the template with its placeholders filled.
   *
   * @param lang the page's language
   * @param title the title, already HTML-escaped
   * @param body the body, HTML
   */
  public String render(String lang, String title, String body) {
    int at = text.indexOf("{{body}}");
    String head = text.substring(0, at).replace("{{lang}}", lang).replace("{{title}}", title);
    String tail = text.substring(at + "{{body}}".length()).replace("{{lang}}", lang)
        .replace("{{title}}", title);
    return head + body + tail;
  }
}
