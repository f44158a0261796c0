// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cnms.core.Labelled;
import org.cnms.core.LocalizedText;
import org.cnms.core.ghg.Co2e;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the report in one language (the bundle {@code org.cnms.report.internal.Texts}) and
 * the formatting of its figures: tonnes to 0.01, percentages to 0.1, half-even. Immutable.
 */
public final class Texts {

  /** The bundle's base name. */
  public static final String BASE_NAME = "org.cnms.report.internal.Texts";

  private static final LocalizedText TEXT =
      LocalizedText.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private final Locale locale;

  public Texts(Locale locale) {
    this.locale = locale;
  }

  /** The texts of a report in the language {@code zh} or {@code en}. */
  public static Texts of(String language) {
    return new Texts("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
  }

  public Locale locale() {
    return locale;
  }

  /** The text {@code key}. */
  public String t(String key) {
    return TEXT.get(key, locale);
  }

  /** The text {@code key} with its placeholders filled. */
  public String t(String key, String... arguments) {
    return TEXT.format(key, locale, (Object[]) arguments);
  }

  public String label(Labelled l) {
    return l.label(locale);
  }

  // ---- figures ----

  public static String tonnes(Co2e c) {
    return number(c.tonnes(), 2);
  }

  public static String number(BigDecimal v, int scale) {
    DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(v.setScale(scale, RoundingMode.HALF_EVEN));
  }

  public static String significant(BigDecimal v, int digits) {
    return v.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
        .toPlainString();
  }

  /** A change in percent, signed, to 0.1; a dash when there is none. */
  public static String percent(@Nullable BigDecimal v) {
    if (v == null) {
      return "—";
    }
    return (v.signum() > 0 ? "+" : "") + number(v, 1) + " %";
  }

  /** A share in percent, to 0.1; a dash when there is none. */
  public static String share(@Nullable BigDecimal v) {
    return v == null ? "—" : number(v, 1) + " %";
  }
}
