// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.testing;

import java.math.BigDecimal;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.UnitRegistry;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of cnms-quantification's own basic values; the common ones (ids,
 * texts, decimals, dates, periods, enums, optionals, lists) are cnms-core's {@code
 * org.cnms.core.testing.CoreGen}.
 */
public final class QuantGen {

  private QuantGen() {}

  /** Exact positive decimals with 0–6 decimal places. */
  public static Gen<BigDecimal> positiveDecimals() {
    return Generate.longRange(1, 999_999_999L).zip(Generate.range(0, 6),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** Units of one kind. */
  public static Gen<MeasureUnit> units(QuantityKind kind) {
    return Generate.pick(UnitRegistry.standard().units(kind));
  }
}
