// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.util.Objects;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Not API (this package is exported only to the other cnms modules). The unscaled digits an
 * {@code org.cnms.core.units.Amount} computes once, for the exact {@code long} arithmetic of bulk
 * sums. {@code Amount} registers its reader when its class is initialised, so before any amount
 * exists; the reader is typed {@code Object} so that this package does not depend on the units
 * package (which depends on it).
 */
public final class CompactAmounts {

  private static volatile @Nullable ToLongFunction<Object> reader;

  private CompactAmounts() {}

  /** Registers how to read an amount's unscaled digits; {@code Amount} calls this once. */
  public static void register(ToLongFunction<Object> unscaledDigits) {
    reader = Objects.requireNonNull(unscaledDigits, "unscaledDigits");
  }

  /**
   * The amount's unscaled digits when there are at most 18 of them: {@code value ==
   * BigDecimal.valueOf(unscaledLong(amount), amount.scale())}; {@link Decimals#NOT_COMPACT} when
   * there are more.
   *
   * @param amount an {@code org.cnms.core.units.Amount}, not null
   */
  public static long unscaledLong(Object amount) {
    ToLongFunction<Object> r = reader;
    if (r == null) {
      throw new IllegalStateException("Amount has not registered its digits");
    }
    return r.applyAsLong(amount);
  }
}
