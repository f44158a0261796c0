// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The loose spelling of an id, to catch look-alikes: two ids of a management system are compared
 * exactly, but two that differ only by case, Unicode width (full-width letters and digits), a
 * look-alike dash or minus ({@code ‐ ‑ ‒ – — − ﹣ －}) or whitespace and invisible characters are
 * almost certainly one thing typed twice, and are reported ("did you mean …"), never taken for
 * two things.
 *
 * <p>Not for unit symbols: a unit's case carries meaning ({@code MWh} is not {@code mWh},
 * {@code Mt} is not {@code mt}); the unit registry normalises only width and whitespace.
 * Stateless.
 */
public final class IdSpelling {

  private IdSpelling() {}

  /**
   * The loose form of {@code id}: NFKC (width), look-alike dashes as {@code -}, whitespace and
   * format characters removed, lower case by {@link Locale#ROOT}; e.g. {@code "Ｓ－SZ–Boiler "} →
   * {@code "s-sz-boiler"}.
   *
   * @param id the id as written, not null
   * @return its loose form
   */
  public static String loose(String id) {
    return unspaced(id).toLowerCase(Locale.ROOT);
  }

  /** Whether every char of {@code text} is a visible ASCII character ({@code !} to {@code ~}). */
  private static boolean isVisibleAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '!' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text} with its width folded (NFKC), every look-alike dash or minus ({@code ‐ ‑ ‒ – —
   * ― − ⁃ ﹘ ﹣ － ⸺ ⸻ ֊ ᠆}) as the ASCII {@code -}, and whitespace and invisible format
   * characters (zero-width space and joiners, the byte-order mark, the soft hyphen) removed; case
   * is kept. The common step of {@link #loose} and of the canonical form of the carbon-asset
   * ledger's registries and serial prefixes, which upper-cases it.
   *
   * @param text the text as written, not null
   * @return its unspaced form
   */
  public static String unspaced(String text) {
    if (isVisibleAscii(text)) {
      return text; // NFKC leaves it as it is, and it holds no other dash, space or format char
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (isDash(c)) {
        b.append('-');
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code a} and {@code b} differ, but only in spelling: case, width, a look-alike dash
   * or whitespace.
   */
  public static boolean isLookAlike(String a, String b) {
    return !a.equals(b) && loose(a).equals(loose(b));
  }

  private static boolean isDash(int c) {
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x2043 || c == 0xFE58
        || c == 0xFE63 || c == 0xFF0D || c == 0x2E3A || c == 0x2E3B || c == 0x058A
        || c == 0x1806;
  }
}
