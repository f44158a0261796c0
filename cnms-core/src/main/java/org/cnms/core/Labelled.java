package org.cnms.core;

import java.util.Locale;

/**
 * Something with a label in Chinese and in English: the enum-like vocabulary of T/CAS 612 (for
 * example the six emission categories of clause 6.2.1, or the kinds of change of clause 8.4).
 *
 * <p>The standard's users write and audit in Chinese, so every label exists in both languages.
 */
public interface Labelled {

  /** The Chinese label, e.g. {@code 直接温室气体排放和清除}. */
  String labelZh();

  /** The English label, e.g. {@code Direct GHG emissions and removals}. */
  String labelEn();

  /**
   * The label in the language of {@code locale}: Chinese for any {@code zh} locale, English
   * otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the label, never blank
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh() : labelEn();
  }
}
