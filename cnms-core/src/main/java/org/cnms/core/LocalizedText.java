// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The texts of one module — labels of its vocabulary and messages of its conformity findings —
 * read from that module's resource bundle, one mechanism for every language.
 *
 * <p>Each cnms module keeps its texts in a bundle {@code org.cnms.<module>.i18n.Texts}: English in
 * the root file {@code Texts.properties}, Chinese (the standard's terms) in {@code
 * Texts_zh.properties}. A further language is one more file beside them, or, on the module path,
 * a {@link java.util.spi.ResourceBundleProvider} that another module registers for the service
 * {@code org.cnms.<module>.i18n.spi.TextsProvider}; no code of cnms changes. A vendor's rule
 * module makes its own {@code LocalizedText} the same way, with the bundle loaded by a lambda in
 * its own module (a named module reads only its own bundles):
 *
 * <pre>{@code
 * static final LocalizedText TEXT = LocalizedText.of("com.example.rules.i18n.Texts",
 *     locale -> ResourceBundle.getBundle("com.example.rules.i18n.Texts", locale));
 * }</pre>
 *
 * <p>A locale whose language has no bundle reads the root (English) bundle, whatever the JVM's
 * default locale. Immutable and thread-safe (bundles are cached by {@link ResourceBundle}).
 */
public final class LocalizedText {

  private final String baseName;
  private final Function<Locale, ResourceBundle> loader;

  private LocalizedText(String baseName, Function<Locale, ResourceBundle> loader) {
    this.baseName = Objects.requireNonNull(baseName, "baseName");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The texts of the bundle {@code baseName}, loaded by {@code loader}.
   *
   * @param baseName the bundle's base name, for messages, not null
   * @param loader loads the bundle for a locale; call {@link ResourceBundle#getBundle(String,
   *     Locale)} from the bundle's own module, not null
   * @return the texts
   */
  public static LocalizedText of(String baseName, Function<Locale, ResourceBundle> loader) {
    return new LocalizedText(baseName, loader);
  }

  /** The bundle's base name, e.g. {@code org.cnms.core.i18n.Texts}. */
  public String baseName() {
    return baseName;
  }

  /**
   * The bundle for {@code locale}: the one of its language if there is one, else the root bundle
   * (never the JVM default locale's).
   *
   * @param locale the reader's locale, not null
   * @return the bundle
   */
  public ResourceBundle bundle(Locale locale) {
    ResourceBundle b = loader.apply(locale);
    if (!b.getLocale().getLanguage().equals(locale.getLanguage())) {
      b = loader.apply(Locale.ROOT);
    }
    return b;
  }

  /**
   * The text of {@code key} in the language of {@code locale}.
   *
   * @throws MissingResourceException if the bundle has no such key
   */
  public String get(String key, Locale locale) {
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new MissingResourceException("The bundle " + baseName + " has no text '" + key
          + "' for the locale '" + locale + "'", baseName, key);
    }
  }

  /** Whether the bundle for {@code locale} (or the root bundle) has {@code key}. */
  public boolean contains(String key, Locale locale) {
    return bundle(locale).containsKey(key);
  }

  /**
   * The message of {@code key} in the language of {@code locale}, with its {@code {0}}, {@code
   * {1}} … placeholders filled by {@link MessageFormat} (a quote in a pattern is written twice).
   *
   * @throws MissingResourceException if the bundle has no such key
   */
  public String format(String key, Locale locale, Object... arguments) {
    return new MessageFormat(get(key, locale), locale).format(arguments);
  }

  /**
   * The label of an enum constant: the key {@code SimpleName.CONSTANT}.
   *
   * @throws MissingResourceException if the bundle has no label for it
   */
  public String label(Enum<?> constant, Locale locale) {
    return get(key(constant), locale);
  }

  /** The key of an enum constant's label: {@code EmissionCategory.DIRECT}. */
  public static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  /** Every key of the bundle for {@code locale}, sorted. */
  public Set<String> keys(Locale locale) {
    return Collections.unmodifiableSet(new TreeSet<>(bundle(locale).keySet()));
  }

  @Override
  public String toString() {
    return "LocalizedText[" + baseName + "]";
  }
}
