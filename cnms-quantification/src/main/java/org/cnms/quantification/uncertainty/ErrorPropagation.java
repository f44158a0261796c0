// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;

/**
 * Combines per-line uncertainties into the uncertainty of a GHG inventory by error propagation,
 * IPCC Approach 1 (T/CAS 612 clause 6.8; IPCC 2006 Guidelines volume 1, 3.2.3.1).
 *
 * <p>Exactness: products and sums are exact; each line's square root, the total's square root and
 * the one division by {@code |Σ x_i|} are rounded by the calculator's {@link MathContext}
 * ({@link #DEFAULT_CONTEXT} unless the caller passes one). The result does not depend on the order
 * of the lines: the sum of squares is exact. Immutable, thread-safe.
 */
public final class ErrorPropagation {

  /** The default rounding policy: 16 significant digits, half-even ({@code DECIMAL64}). */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  private final MathContext context;

  private ErrorPropagation(MathContext context) {
    this.context = Objects.requireNonNull(context, "context");
    if (context.getPrecision() == 0) {
      throw new IllegalArgumentException(
          "ErrorPropagation needs a limited precision for square roots, but was unlimited");
    }
  }

  /** The calculator rounding by {@link #DEFAULT_CONTEXT}. */
  public static ErrorPropagation withDefaultRounding() {
    return new ErrorPropagation(DEFAULT_CONTEXT);
  }

  /**
   * The calculator rounding by {@code context}.
   *
   * @param context the rounding of square roots and of the division, limited precision, not null
   * @return the calculator
   * @throws IllegalArgumentException if {@code context} has unlimited precision
   */
  public static ErrorPropagation of(MathContext context) {
    return new ErrorPropagation(context);
  }

  /** The rounding policy. */
  public MathContext context() {
    return context;
  }

  /**
   * The Approach 1 uncertainty of the emission lines of {@code inventory}.
   *
   * @param inventory the inventory, not null
   * @param inputs the uncertainty inputs, at most one per source and gas, not null
   * @return the lines' and the total uncertainty
   * @throws IllegalArgumentException naming every emission line without an input, or two inputs
   *     for the same source and gas
   */
  public PropagatedUncertainty assess(GhgInventory inventory,
      Collection<UncertaintyInput> inputs) {
    PropagatedUncertainty.Builder result = PropagatedUncertainty.builder()
        .inventoryId(inventory.id())
        .period(inventory.period())
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode());
    BigDecimal sumOfSquares = BigDecimal.ZERO;
    Co2e total = Co2e.ZERO;
    for (InputMatcher.Match m : InputMatcher.match("ErrorPropagation", inventory, inputs)) {
      BigDecimal u = Decimals.plain(m.input.combinedUncertainty(context));
      BigDecimal x = m.line.co2e().tonnes();
      sumOfSquares = sumOfSquares.add(u.multiply(x).pow(2));
      total = total.plus(m.line.co2e());
      result.addLine(LineUncertainty.builder()
          .sourceId(m.line.sourceId())
          .gas(m.line.gas())
          .category(m.line.category())
          .emissions(m.line.co2e())
          .activityUncertainty(m.input.activityUncertainty())
          .factorUncertainty(m.input.factorUncertainty())
          .combinedUncertainty(u)
          .build());
    }
    BigDecimal root = Decimals.plain(sumOfSquares.sqrt(context));
    result.totalEmissions(total).absoluteUncertainty(Co2e.tonnes(root.movePointLeft(2)));
    if (!total.isZero()) {
      result.totalUncertainty(Decimals.plain(root.divide(total.tonnes().abs(), context)));
    }
    return result.build();
  }
}
