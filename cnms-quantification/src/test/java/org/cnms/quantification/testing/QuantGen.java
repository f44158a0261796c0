package org.cnms.quantification.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.UnitRegistry;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of the basic values the records of cnms-quantification are made of. */
public final class QuantGen {

  private QuantGen() {}

  private static final List<String> WORDS = List.of("锅炉", "boiler", "电力", "electricity",
      "天然气", "natural gas", "制冷剂", "Ω&<\"'>", "碳中和");

  /** Identifiers like {@code src-123}, {@code 厂-7}. */
  public static Gen<String> ids() {
    return Generate.pick(List.of("f", "src", "PLANT", "厂", "a-b", "r_1"))
        .zip(Generate.range(0, 99_999), (h, n) -> h + "-" + n);
  }

  /** Non-blank texts of one to three words. */
  public static Gen<String> texts() {
    return in -> {
      int n = (int) in.next(Constraint.between(1, 3));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i > 0 ? " " : "").append(WORDS.get((int) in.next(Constraint.between(0,
            WORDS.size() - 1))));
      }
      return b.toString();
    };
  }

  /** Exact non-negative decimals with 0–6 decimal places, scale kept. */
  public static Gen<BigDecimal> decimals() {
    return Generate.longRange(0, 999_999_999_999L).zip(Generate.range(0, 6),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** Exact positive decimals with 0–6 decimal places. */
  public static Gen<BigDecimal> positiveDecimals() {
    return Generate.longRange(1, 999_999_999L).zip(Generate.range(0, 6),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** Dates between 2000 and 2060. */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(2000, 1, 1).toEpochDay(),
        LocalDate.of(2060, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Calendar years 2000–2060 or spans of 0–400 days. */
  public static Gen<ReportingPeriod> periods() {
    return Generate.range(2000, 2060).map(ReportingPeriod::calendarYear)
        .mix(dates().zip(Generate.range(0, 400), (d, n) -> ReportingPeriod.of(d, d.plusDays(n))));
  }

  /** Units of one kind. */
  public static Gen<MeasureUnit> units(QuantityKind kind) {
    return Generate.pick(UnitRegistry.standard().units(kind));
  }

  /** Any unit of the registry. */
  public static Gen<MeasureUnit> units() {
    return Generate.pick(new ArrayList<>(UnitRegistry.standard().units()));
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

  /** Empty or present values, about half each. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return gen.toOptionals(50);
  }

  /** Lists of {@code min} to {@code max} elements. */
  public static <T> Gen<List<T>> lists(Gen<T> gen, int min, int max) {
    return in -> {
      int n = (int) in.next(Constraint.between(min, max));
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(gen.generate(in));
      }
      return list;
    };
  }
}
