// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * How well a reference figure (a factor, a GWP value, a fuel default) is confirmed, as the data
 * quality management of T/CAS 612 clause 6.8 needs to know: a primary text or two agreeing
 * sources, one source only, sources that disagree, or a figure the user supplied.
 */
public enum SourceStatus implements Labelled {
  /** A primary text, or two independent sources that agree. */
  CONFIRMED,
  /** One source only. */
  SINGLE_SOURCE,
  /** Sources disagree; the better-supported value is used and the other recorded in the note. */
  CONFLICT,
  /** Supplied by the user (measured, supplier-specific or chosen), not from the reference data. */
  USER_SUPPLIED;

  /**
   * Reads the status words of the reference data: text starting with {@code confirmed},
   * {@code single} or {@code conflict}, or an enum name.
   *
   * @throws IllegalArgumentException if the text starts with none of them
   */
  public static SourceStatus parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("confirmed")) {
      return CONFIRMED;
    }
    if (t.startsWith("single")) {
      return SINGLE_SOURCE;
    }
    if (t.startsWith("conflict")) {
      return CONFLICT;
    }
    if (t.startsWith("user")) {
      return USER_SUPPLIED;
    }
    throw new IllegalArgumentException("Unknown source status '" + text
        + "'; expected confirmed, single source, conflict or user supplied");
  }

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
