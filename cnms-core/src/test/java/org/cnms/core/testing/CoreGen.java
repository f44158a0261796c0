// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the basic values every record is made of: ids, texts in Chinese and
 * English, exact decimals, dates, amounts, CO₂e masses, periods. Record generators of each package
 * combine these.
 */
public final class CoreGen {

  private CoreGen() {}

  private static final List<String> WORDS = List.of("锅炉", "boiler", "厂区", "plant", "电力",
      "electricity", "天然气", "natural gas", "制冷剂", "refrigerant", "审核", "audit", "目标",
      "target", "Ω&<\"'>", "碳中和", "neutrality");

  /** Identifiers: 1–12 characters from letters, digits, '-', '_', ':' and a Chinese word. */
  public static Gen<String> ids() {
    Gen<String> head = Generate.pick(List.of("f", "src", "PLANT", "厂", "x", "a-b", "r_1"));
    return head.zip(Generate.range(0, 99_999), (h, n) -> h + "-" + n);
  }

  /** Non-blank texts of one to four words, mixing Chinese, English and markup characters. */
  public static Gen<String> texts() {
    return in -> {
      int n = (int) in.next(org.quicktheories.impl.Constraint.between(1, 4));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(' ');
        }
        b.append(WORDS.get((int) in.next(org.quicktheories.impl.Constraint.between(0,
            WORDS.size() - 1))));
      }
      return b.toString();
    };
  }

  /** Exact non-negative decimals with 0–6 decimal places, up to about 10^9, scale kept. */
  public static Gen<BigDecimal> decimals() {
    return Generate.longRange(0, 999_999_999_999L).zip(Generate.range(0, 6),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** Exact decimals that may be negative. */
  public static Gen<BigDecimal> signedDecimals() {
    return decimals().zip(Generate.booleans(), (d, neg) -> neg ? d.negate() : d);
  }

  /** Percentages in (0, 100] with up to two decimals. */
  public static Gen<BigDecimal> percentages() {
    return Generate.range(1, 10_000).map(n -> BigDecimal.valueOf(n, 2));
  }

  /** Fractions in [0, 1] with up to four decimals. */
  public static Gen<BigDecimal> fractions() {
    return Generate.range(0, 10_000).map(n -> BigDecimal.valueOf(n, 4));
  }

  /** Dates between 2000 and 2060. */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(2000, 1, 1).toEpochDay(),
        LocalDate.of(2060, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Years between 2000 and 2060. */
  public static Gen<Integer> years() {
    return Generate.range(2000, 2060);
  }

  /** Calendar years or arbitrary spans of 1–800 days. */
  public static Gen<ReportingPeriod> periods() {
    Gen<ReportingPeriod> years = years().map(ReportingPeriod::calendarYear);
    Gen<ReportingPeriod> spans = dates().zip(Generate.range(0, 800),
        (d, n) -> ReportingPeriod.of(d, d.plusDays(n)));
    return years.mix(spans);
  }

  /** Every unit of the standard registry. */
  public static Gen<MeasureUnit> units() {
    return Generate.pick(new ArrayList<>(UnitRegistry.standard().units()));
  }

  /** Amounts of any unit. */
  public static Gen<Amount> amounts() {
    return decimals().zip(units(), Amount::of);
  }

  /** CO₂e masses, non-negative. */
  public static Gen<Co2e> co2e() {
    return decimals().map(Co2e::tonnes);
  }

  /** Gas species. */
  public static Gen<GreenhouseGas> gases() {
    return Generate.enumValues(GreenhouseGas.class);
  }

  /** Emission categories. */
  public static Gen<EmissionCategory> categories() {
    return Generate.enumValues(EmissionCategory.class);
  }

  /** Values of an enum. */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Generate.enumValues(type);
  }

  /** Booleans. */
  public static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** Empty or present values of {@code gen}, about half each. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return gen.toOptionals(50);
  }

  /** Lists of {@code min} to {@code max} elements of {@code gen}. */
  public static <T> Gen<List<T>> lists(Gen<T> gen, int min, int max) {
    return in -> {
      int n = (int) in.next(org.quicktheories.impl.Constraint.between(min, max));
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(gen.generate(in));
      }
      return list;
    };
  }

  /** Lists of elements with distinct ids, numbered so they never clash: prefix-0, prefix-1 … */
  public static <T> Gen<List<T>> numbered(String prefix, int min, int max,
      java.util.function.BiFunction<String, RandomnessSource, T> make) {
    return in -> {
      int n = (int) in.next(org.quicktheories.impl.Constraint.between(min, max));
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(make.apply(prefix + "-" + i, in));
      }
      return list;
    };
  }
}
