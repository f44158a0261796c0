// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.util.Locale;

/**
 * Something with a label in the reader's language: the enumerated vocabulary of T/CAS 612 (for
 * example the six categories of GHG sources and sinks of clause 6.2.1, or the items of a clause).
 *
 * <p>Labels come from the resource bundle of the module that declares the type (see {@link
 * LocalizedText}): Chinese labels use the standard's own terms, English labels are the project's
 * words, and a further language is one more bundle file or a registered provider.
 */
public interface Labelled {

  /**
   * The label in the language of {@code locale}: the bundle of that language if the module has
   * one, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the label, never blank
   */
  String label(Locale locale);

  /** The Chinese label, e.g. {@code 直接 GHG 排放和清除}: {@code label(Locale.CHINESE)}. */
  default String labelZh() {
    return label(Locale.CHINESE);
  }

  /** The English label, e.g. {@code Direct GHG emissions and removals}. */
  default String labelEn() {
    return label(Locale.ENGLISH);
  }
}
