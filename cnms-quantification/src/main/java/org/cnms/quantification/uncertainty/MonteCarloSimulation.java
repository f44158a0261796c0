// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;

/**
 * A seedable Monte Carlo simulation of a GHG inventory's emissions, IPCC Approach 2 (T/CAS 612
 * clause 6.8; IPCC 2006 Guidelines volume 1, 3.2.3.2).
 *
 * <p>In each iteration every emission line {@code x_i} is multiplied by a sampled activity
 * multiplier and a sampled factor multiplier, each with mean 1 and relative standard deviation
 * {@code U/196} (U in percent at 95 %), from the input's {@link Distribution}; the simulated
 * total is the sum over the lines. Standard normal variates come from a
 * {@link SplittableRandom} seeded with {@link #seed()} through the Box–Muller transform computed
 * with {@link StrictMath}, so the same seed, iterations, inventory and inputs give exactly the same
 * result on every platform.
 *
 * <p>Exactness: sampling is done in binary floating point, as any simulation is; each multiplier
 * is then taken as the exact decimal of its {@code double} and the products and sums are exact
 * {@link BigDecimal}s. The mean (one division by N) and the reported percentiles are rounded by the
 * simulation's {@link MathContext} ({@link ErrorPropagation#DEFAULT_CONTEXT} unless given).
 * Percentiles are by nearest rank: the k-th smallest of N totals with {@code k = ⌈p·N⌉}.
 * Immutable, thread-safe.
 */
public final class MonteCarloSimulation {

  private static final BigDecimal HUNDRED_NINETY_SIX = BigDecimal.valueOf(196);

  private final long seed;
  private final int iterations;
  private final MathContext context;

  private MonteCarloSimulation(long seed, int iterations, MathContext context) {
    if (iterations < 1) {
      throw new IllegalArgumentException(
          "MonteCarloSimulation.iterations must be at least 1, but was " + iterations);
    }
    this.seed = seed;
    this.iterations = iterations;
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * A simulation of {@code iterations} runs from {@code seed}, rounding by {@link
   * ErrorPropagation#DEFAULT_CONTEXT}.
   *
   * @throws IllegalArgumentException if {@code iterations} is below 1
   */
  public static MonteCarloSimulation of(long seed, int iterations) {
    return new MonteCarloSimulation(seed, iterations, ErrorPropagation.DEFAULT_CONTEXT);
  }

  /**
   * A simulation of {@code iterations} runs from {@code seed}, rounding by {@code context}.
   *
   * @throws IllegalArgumentException if {@code iterations} is below 1
   */
  public static MonteCarloSimulation of(long seed, int iterations, MathContext context) {
    return new MonteCarloSimulation(seed, iterations, context);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The number of iterations. */
  public int iterations() {
    return iterations;
  }

  /** The rounding policy of the mean and the percentiles. */
  public MathContext context() {
    return context;
  }

  /**
   * Simulates the emissions of {@code inventory}.
   *
   * @param inventory the inventory, not null
   * @param inputs the uncertainty inputs, at most one per source and gas, not null
   * @return the mean and the 95 % interval of the simulated totals
   * @throws IllegalArgumentException naming every emission line without an input
   */
  public MonteCarloResult run(GhgInventory inventory, Collection<UncertaintyInput> inputs) {
    List<InputMatcher.Match> matches =
        InputMatcher.match("MonteCarloSimulation", inventory, inputs);
    int n = matches.size();
    BigDecimal[] x = new BigDecimal[n];
    double[] sa = new double[n];
    double[] sf = new double[n];
    boolean[] lognormal = new boolean[n];
    Co2e total = Co2e.ZERO;
    for (int i = 0; i < n; i++) {
      InputMatcher.Match m = matches.get(i);
      x[i] = m.line.co2e().tonnes();
      total = total.plus(m.line.co2e());
      sa[i] = relativeSd(m.input.activityUncertainty());
      sf[i] = relativeSd(m.input.factorUncertainty());
      lognormal[i] = m.input.distribution() == Distribution.LOGNORMAL;
      if (lognormal[i]) {
        sa[i] = StrictMath.sqrt(StrictMath.log1p(sa[i] * sa[i]));
        sf[i] = StrictMath.sqrt(StrictMath.log1p(sf[i] * sf[i]));
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    BigDecimal[] totals = new BigDecimal[iterations];
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < iterations; k++) {
      BigDecimal t = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        // Box–Muller: two independent standard normals from two uniforms, u1 in (0, 1].
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double za = r * StrictMath.cos(2.0 * StrictMath.PI * u2);
        double zf = r * StrictMath.sin(2.0 * StrictMath.PI * u2);
        double multiplier = lognormal[i]
            ? StrictMath.exp(-sa[i] * sa[i] / 2 + sa[i] * za - sf[i] * sf[i] / 2 + sf[i] * zf)
            : (1.0 + sa[i] * za) * (1.0 + sf[i] * zf);
        t = t.add(x[i].multiply(BigDecimal.valueOf(multiplier)));
      }
      totals[k] = t;
      sum = sum.add(t);
    }
    Arrays.sort(totals);
    long lowerRank = (25L * iterations + 999) / 1000;
    long upperRank = (975L * iterations + 999) / 1000;
    return MonteCarloResult.builder()
        .inventoryId(inventory.id())
        .period(inventory.period())
        .seed(seed)
        .iterations(iterations)
        .totalEmissions(total)
        .mean(Co2e.tonnes(Decimals.plain(sum.divide(BigDecimal.valueOf(iterations), context))))
        .lower(Co2e.tonnes(Decimals.plain(totals[(int) lowerRank - 1].round(context))))
        .upper(Co2e.tonnes(Decimals.plain(totals[(int) upperRank - 1].round(context))))
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode())
        .build();
  }

  private static double relativeSd(BigDecimal uncertaintyPercent) {
    return uncertaintyPercent.divide(HUNDRED_NINETY_SIX, MathContext.DECIMAL64).doubleValue();
  }
}
