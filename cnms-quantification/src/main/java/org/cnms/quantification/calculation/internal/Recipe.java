// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.internal.Multiplier;
import org.cnms.quantification.method.ActivityMethod;
import org.cnms.quantification.method.GasChain;

/**
 * Not API (this package is not exported). A quantification method (T/CAS 612 clause 6.3)
 * prepared once for one activity key, unit, region and period: per gas, exact multipliers from
 * the activity amount to tonnes of the gas and to tonnes of CO₂e, resolved from factors, unit
 * conversions and GWP once — or the factors that are missing. Applying it to an amount costs two
 * decimal multiplications per gas; nothing is looked up, converted or allocated beyond the results
 * (and bulk sums multiply the unscaled digits of amount and numerator in {@code long}s when they
 * fit: {@link #gasNumeratorUnscaled}). Prepared by the calculator, once per record shape, and
 * shared with its bulk runs through {@link RecipeSource}. Immutable, thread-safe.
 */
public final class Recipe {

  private final ActivityMethod method;
  private final GasChain[] chains;
  private final GreenhouseGas[] gases;
  private final LineKind[] kinds;
  private final Multiplier[] gasMultipliers;
  private final Multiplier[] co2eMultipliers;
  private final List<MissingFactor> missing;
  private final int minScale;

  /**
   * The recipe of {@code method} prepared into {@code chains} (or the factors found missing).
   *
   * @param minScale the minimum scale of divided figures (see {@code Calculator.minScale})
   */
  public Recipe(ActivityMethod method, List<GasChain> chains, List<MissingFactor> missing,
      int minScale) {
    this.method = method;
    this.missing = List.copyOf(missing);
    this.minScale = minScale;
    int n = chains.size();
    this.chains = chains.toArray(new GasChain[0]);
    this.gases = new GreenhouseGas[n];
    this.kinds = new LineKind[n];
    this.gasMultipliers = new Multiplier[n];
    this.co2eMultipliers = new Multiplier[n];
    for (int i = 0; i < n; i++) {
      GasChain c = chains.get(i);
      gases[i] = c.gas();
      kinds[i] = c.kind();
      gasMultipliers[i] = Multiplier.of(c.gasRatio());
      co2eMultipliers[i] = Multiplier.of(c.co2eRatio());
    }
  }

  /** The method this recipe prepares. */
  public ActivityMethod method() {
    return method;
  }

  /** Whether factors are missing; then the recipe gives no figures. */
  public boolean isMissing() {
    return !missing.isEmpty();
  }

  /** The missing factors, empty if none. */
  public List<MissingFactor> missing() {
    return missing;
  }

  /** The number of gas lines. */
  public int size() {
    return gases.length;
  }

  /** The gas of line {@code i}. */
  public GreenhouseGas gas(int i) {
    return gases[i];
  }

  /** The kind of line {@code i}. */
  public LineKind kind(int i) {
    return kinds[i];
  }

  /** The chain of line {@code i}. */
  public GasChain chain(int i) {
    return chains[i];
  }

  /** The tonnes of gas of line {@code i} for {@code amount}, by the calculator's rounding policy. */
  public BigDecimal gasTonnes(int i, BigDecimal amount) {
    return gasMultipliers[i].apply(amount, minScale);
  }

  /** The tonnes of CO₂e of line {@code i} for {@code amount}, by the calculator's rounding policy. */
  public BigDecimal co2eTonnes(int i, BigDecimal amount) {
    return co2eMultipliers[i].apply(amount, minScale);
  }

  /**
   * The exact numerator product of line {@code i}'s gas mass for {@code amount}: the tonnes of gas
   * times {@link #gasDenominator}, never rounded. For bulk sums that divide once per total.
   */
  public BigDecimal gasNumerator(int i, BigDecimal amount) {
    return gasMultipliers[i].numeratorProduct(amount);
  }

  /**
   * The unscaled digits of line {@code i}'s gas numerator ({@link #gasNumerator} of an amount is
   * the amount times {@code digits × 10^-}{@link #gasNumeratorScale}), or {@link Long#MIN_VALUE}
   * when they do not fit in a long: for exact numerator products computed in {@code long}s.
   */
  public long gasNumeratorUnscaled(int i) {
    return gasMultipliers[i].numeratorUnscaled();
  }

  /** The scale of line {@code i}'s gas numerator (see {@link #gasNumeratorUnscaled}). */
  public int gasNumeratorScale(int i) {
    return gasMultipliers[i].numeratorScale();
  }

  /** As {@link #gasNumeratorUnscaled}, of line {@code i}'s CO₂e numerator. */
  public long co2eNumeratorUnscaled(int i) {
    return co2eMultipliers[i].numeratorUnscaled();
  }

  /** The scale of line {@code i}'s CO₂e numerator (see {@link #co2eNumeratorUnscaled}). */
  public int co2eNumeratorScale(int i) {
    return co2eMultipliers[i].numeratorScale();
  }

  /** The integer denominator of line {@code i}'s gas multiplier; {@link BigInteger#ONE} if exact. */
  public BigInteger gasDenominator(int i) {
    return gasMultipliers[i].denominator();
  }

  /**
   * The exact numerator product of line {@code i}'s CO₂e for {@code amount}: the tonnes of CO₂e
   * times {@link #co2eDenominator}, never rounded.
   */
  public BigDecimal co2eNumerator(int i, BigDecimal amount) {
    return co2eMultipliers[i].numeratorProduct(amount);
  }

  /** The integer denominator of line {@code i}'s CO₂e multiplier; {@link BigInteger#ONE} if exact. */
  public BigInteger co2eDenominator(int i) {
    return co2eMultipliers[i].denominator();
  }

  /**
   * A sum of {@link #gasNumerator}s or {@link #co2eNumerator}s over one {@code denominator},
   * divided once by the rounding policy of {@code Trace} (exact when the denominator is 1).
   */
  public static BigDecimal divide(BigDecimal numeratorSum, BigInteger denominator, int minScale) {
    return Multiplier.divide(numeratorSum, denominator, minScale);
  }

  /** The scale of line {@code i}'s tonnes of gas for {@code amount}, if it is divided. */
  public Optional<Integer> gasScale(int i, BigDecimal amount) {
    int s = gasMultipliers[i].scaleFor(amount, minScale);
    return s < 0 ? Optional.empty() : Optional.of(s);
  }

  /** The scale of line {@code i}'s tonnes of CO₂e for {@code amount}, if it is divided. */
  public Optional<Integer> co2eScale(int i, BigDecimal amount) {
    int s = co2eMultipliers[i].scaleFor(amount, minScale);
    return s < 0 ? Optional.empty() : Optional.of(s);
  }
}
