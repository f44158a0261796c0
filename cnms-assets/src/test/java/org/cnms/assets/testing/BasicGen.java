// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.organisation.ReportingPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the basic values the asset records are made of, in the ranges of carbon assets
 * (vintages 2015–2035, account-like ids); optionals and lists are cnms-core's {@code
 * org.cnms.core.testing.CoreGen}.
 */
public final class BasicGen {

  private BasicGen() {}

  /** Identifiers such as {@code a-12}, {@code 账户-3}. */
  public static Gen<String> ids() {
    return Generate.pick(List.of("a", "acct", "CLAIM", "账户", "x_1", "e"))
        .zip(Generate.range(0, 9_999), (h, n) -> h + "-" + n);
  }

  /** Non-blank texts mixing Chinese, English and markup characters. */
  public static Gen<String> texts() {
    return Generate.pick(List.of("碳中和 2025", "offset of business travel", "Ω&<\"'>",
        "北京绿色交易所", "Acme Co., Ltd.", "自愿注销"));
  }

  /** Non-negative decimals with 0–4 places, scale kept. */
  public static Gen<BigDecimal> decimals() {
    return Generate.longRange(0, 99_999_999L).zip(Generate.range(0, 4), BigDecimal::valueOf);
  }

  /** Dates 2015–2035. */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(2015, 1, 1).toEpochDay(),
        LocalDate.of(2035, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Years 2015–2035. */
  public static Gen<Integer> years() {
    return Generate.range(2015, 2035);
  }

  /** Calendar years or spans of up to 400 days. */
  public static Gen<ReportingPeriod> periods() {
    return years().map(ReportingPeriod::calendarYear)
        .mix(dates().zip(Generate.range(0, 400), (d, n) -> ReportingPeriod.of(d, d.plusDays(n))));
  }
}
