// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import java.text.Normalizer;
import java.util.Locale;
import org.cnms.core.IdSpelling;

/**
 * The one identity of a registry name or a serial prefix (T/CAS 612 clause 6.7: a carbon unit
 * is held, surrendered or retired once). Registries and prefixes arrive typed by hand, copied from
 * PDFs and exported from Chinese-language systems, so one real numbering space reaches the ledger
 * under several spellings: {@code CCER-NCSC}, {@code ccer-ncsc}, {@code ＣＣＥＲ－ＮＣＳＣ} (full width),
 * {@code CCER–NCSC} (an en dash), {@code CCER -NCSC}. {@link #canonical} maps every such spelling to
 * one form, and the ledger compares and indexes registries and prefixes only in that form, so no
 * spelling can hold or retire a serial a second time.
 *
 * <p>The canonical form is, in this order:
 * <ol>
 *   <li>Unicode NFKC: full-width and other compatibility characters become their ordinary form
 *       ({@code Ｖｅｒｒａ} → {@code Verra}, the ideographic space → a space);</li>
 *   <li>every look-alike dash or minus (U+2010–U+2015, U+2212, U+2043, U+FE58, U+FE63, U+FF0D,
 *       U+2E3A, U+2E3B, U+058A, U+1806; U+30FC is left alone) becomes the ASCII hyphen-minus
 *       {@code -} ({@link IdSpelling#unspaced});</li>
 *   <li>whitespace and invisible format characters (zero-width space and joiners, the byte-order
 *       mark, the soft hyphen) are removed;</li>
 *   <li>letters are upper-cased by the rules of no particular language ({@link Locale#ROOT}).</li>
 * </ol>
 * Chinese characters are unchanged by all four steps. The function is idempotent:
 * {@code canonical(canonical(s)).equals(canonical(s))}.
 *
 * <p>Events keep the spelling they were recorded with (their hashes do not change); only the
 * ledger's identity of a unit uses the canonical form.
 */
public final class UnitIdentity {

  private UnitIdentity() {}

  /**
   * The canonical form of a registry name or serial prefix, e.g. {@code "ｃｃｅｒ – ncsc"} →
   * {@code "CCER-NCSC"}.
   *
   * @param name the name as written, not null
   * @return its canonical form, possibly empty if {@code name} holds nothing but whitespace
   */
  public static String canonical(String name) {
    String upper = IdSpelling.unspaced(name).toUpperCase(Locale.ROOT);
    // upper-casing may produce compatibility characters again (rare, e.g. U+0345): settle once
    return Normalizer.isNormalized(upper, Normalizer.Form.NFKC) ? upper
        : Normalizer.normalize(upper, Normalizer.Form.NFKC);
  }

  /**
   * The canonical key of one numbering space: registry and serial prefix, each canonical,
   * joined by U+0000 (which no canonical name holds).
   *
   * @param registry the registry as written, not null
   * @param prefix the serial prefix as written, not null
   * @return the key
   */
  public static String space(String registry, String prefix) {
    return canonical(registry) + '\u0000' + canonical(prefix);
  }
}
