// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.cnms.assets.ledger.HoldingKey;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerRule;
import org.cnms.assets.ledger.LedgerRuleException;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** One real numbering space has one identity, whatever its spelling. */
class UnitIdentityTest {

  @Test
  void spellingsOfOneNameHaveOneCanonicalForm() {
    assertEquals("CCER-NCSC", UnitIdentity.canonical("CCER-NCSC"));
    assertEquals("CCER-NCSC", UnitIdentity.canonical("ccer-ncsc"));
    assertEquals("CCER-NCSC", UnitIdentity.canonical("ＣＣＥＲ－ＮＣＳＣ")); // full width
    assertEquals("CCER-NCSC", UnitIdentity.canonical("CCER\u2013NCSC")); // en dash
    assertEquals("CCER-NCSC", UnitIdentity.canonical("CCER\u2212NCSC")); // minus sign
    assertEquals("CCER-NCSC", UnitIdentity.canonical(" CCER -\u3000NCSC\t")); // spaces
    assertEquals("CCER-NCSC", UnitIdentity.canonical("CCER\u200B-NCSC\uFEFF")); // invisible
    assertEquals("VERRA", UnitIdentity.canonical("Ｖｅｒｒａ"));
    assertEquals("碳普惠-GZ", UnitIdentity.canonical("碳普惠 — gz"));
    assertEquals("CN-ETS\u0000CEA-2024", UnitIdentity.space("cn–ets", "cea-2024"));
  }

  @Test
  void holdingKeysNameTheCanonicalRegistry() {
    assertEquals(HoldingKey.of(StandardUnitType.VCU, 2021, "VERRA"),
        HoldingKey.of(StandardUnitType.VCU, 2021, "Ｖｅｒｒａ"));
    assertEquals("VERRA", HoldingKey.builder().type(StandardUnitType.VCU).vintage(2021)
        .registry("verra").build().registry());
  }

  private static final List<String> REGISTRIES = List.of("CCER-NCSC", "Verra", "GZ-碳普惠");
  private static final List<String> PREFIXES = List.of("CCER-14-2024-0031",
      "10742-VCS-VCU-1529-VER-CN-14", "碳普惠-A");
  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D";

  /** Another spelling of {@code name}: case, width, dashes and inserted whitespace varied. */
  static Gen<String> spellingsOf(String name) {
    return in -> {
      StringBuilder b = new StringBuilder();
      for (char c : name.toCharArray()) {
        int how = Generate.range(0, 5).generate(in);
        if (c == '-') {
          b.append(DASHES.charAt(Generate.range(0, DASHES.length() - 1).generate(in)));
        } else if (how == 1 && c >= '!' && c <= '~') {
          b.append((char) (c + 0xFEE0)); // full width
        } else if (how == 2) {
          b.append(Character.toLowerCase(c));
        } else {
          b.append(c);
        }
        if (how == 3) {
          b.append(" \u3000\t\u200B".charAt(Generate.range(0, 3).generate(in)));
        }
      }
      return b.toString();
    };
  }

  @Test
  void canonicalIsIdempotentAndSpellingBlind() {
    Gen<String[]> pairs = in -> {
      String name = Generate.pick(REGISTRIES).generate(in);
      return new String[] {name, spellingsOf(name).generate(in)};
    };
    qt().withExamples(300).forAll(pairs).checkAssert(p -> {
      String c = UnitIdentity.canonical(p[1]);
      assertEquals(UnitIdentity.canonical(p[0]), c);
      assertEquals(c, UnitIdentity.canonical(c));
    });
  }

  /**
   * Whatever the spellings of registry and prefix: a serial issued under one cannot be issued or
   * acquired again under another, and a serial retired under one cannot be retired again under a
   * third; the retirement counts once.
   */
  @Test
  void noSpellingHoldsOrRetiresASerialTwice() {
    Gen<String[]> spellings = in -> {
      int k = Generate.range(0, REGISTRIES.size() - 1).generate(in);
      String r = REGISTRIES.get(k);
      String p = PREFIXES.get(k);
      return new String[] {spellingsOf(r).generate(in), spellingsOf(p).generate(in),
          spellingsOf(r).generate(in), spellingsOf(p).generate(in), spellingsOf(r).generate(in),
          spellingsOf(p).generate(in)};
    };
    LocalDate day = LocalDate.of(2025, 6, 1);
    qt().withExamples(200).forAll(spellings, Generate.longRange(1, 1_000))
        .checkAssert((s, start) -> {
          Ledger l = Ledger.create();
          l.append(issue("i-1", s[0], s[1], start, start + 9, day));
          LedgerRuleException twice = assertThrows(LedgerRuleException.class,
              () -> l.append(issue("i-2", s[2], s[3], start + 5, start + 14, day)));
          assertEquals(LedgerRule.SERIAL_HELD_ONCE, twice.rule());
          l.append(retire("r-1", s[2], s[3], start, start + 9, day));
          LedgerRuleException again = assertThrows(LedgerRuleException.class,
              () -> l.append(retire("r-2", s[4], s[5], start + 3, start + 3, day)));
          assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, again.rule());
          assertEquals(10, l.totals().retired());
          assertEquals(0, l.totals().held());
          assertEquals(10, l.totals().allocated());
          assertEquals(2, l.size());
          assertEquals(1, l.states(s[4], SerialRange.of(token(s[5]), start, start + 9)).size());
        });
  }

  static Issued issue(String id, String registry, String prefix, long from, long to,
      LocalDate day) {
    return Issued.builder().id(id).date(day).account("main")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry(token(registry))
            .vintage(2024).serials(SerialRange.of(token(prefix), from, to)).build()).build();
  }

  static RetiredForClaim retire(String id, String registry, String prefix, long from, long to,
      LocalDate day) {
    return RetiredForClaim.builder().id(id).date(day).registry(token(registry))
        .serials(SerialRange.of(token(prefix), from, to)).beneficiary("Acme")
        .claimPeriod(ReportingPeriod.calendarYear(2024)).purpose("neutrality")
        .claimId("claim-2024").build();
  }

  /** Identifiers hold no whitespace: the generated inner spaces are replaced by a zero-width one. */
  static String token(String s) {
    return s.replaceAll("[\\s\u3000]", "\u200B");
  }
}
