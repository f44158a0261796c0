// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.GasMass;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.internal.Checks;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.immutables.value.Value;

/**
 * A set of 100-year global warming potentials (全球变暖潜势, T/CAS 612 clause 6.3): the IPCC sets
 * {@link #sar() SAR}, {@link #ar4() AR4}, {@link #ar5() AR5} and {@link #ar6() AR6} of the
 * embedded reference data, or a set the user defines. The set used is part of every result.
 *
 * <p>AR6 splits methane: {@link GreenhouseGas#CH4_FOSSIL} 29.8, {@link GreenhouseGas#CH4}
 * (non-fossil) 27.0. Where a report gives no separate fossil value (SAR, AR4), fossil methane takes
 * the generic methane value. A gas a report does not list (NF₃ and HFC-245fa in SAR) has no value
 * in the set: using it is a missing factor, never a guess.
 *
 * <p>The GWP of a refrigerant blend is the sum of its components' GWPs weighted by their mass
 * fractions ({@link #gwpOf(RefrigerantBlend)}). Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGwpSet.class)
public abstract class GwpSet implements WithGwpSet {

  /** The name of the set, recorded in results and inventories, e.g. {@code AR5}. */
  public abstract String name();

  /** What the set is and where it comes from. */
  public abstract Optional<String> description();

  /** The value per gas. */
  public abstract List<GwpValue> values();

  @Value.Lazy
  @JsonIgnore
  BigDecimal[] table() {
    BigDecimal[] t = new BigDecimal[GreenhouseGas.values().length];
    for (GwpValue v : values()) {
      t[v.gas().ordinal()] = v.value();
    }
    return t;
  }

  /** The SAR set (IPCC Second Assessment Report), used by the Chinese enterprise guidelines. */
  public static GwpSet sar() {
    return EmbeddedGwpSets.BY_NAME.get("SAR");
  }

  /** The AR4 set. */
  public static GwpSet ar4() {
    return EmbeddedGwpSets.BY_NAME.get("AR4");
  }

  /** The AR5 set (values without climate-carbon feedback). */
  public static GwpSet ar5() {
    return EmbeddedGwpSets.BY_NAME.get("AR5");
  }

  /** The AR6 set, with fossil and non-fossil methane apart. */
  public static GwpSet ar6() {
    return EmbeddedGwpSets.BY_NAME.get("AR6");
  }

  /** The GWP of {@code gas}, if the set has one. */
  public Optional<BigDecimal> gwp(GreenhouseGas gas) {
    return Optional.ofNullable(table()[gas.ordinal()]);
  }

  /** The entry of {@code gas} with its status, if the set has one. */
  public Optional<GwpValue> entry(GreenhouseGas gas) {
    return values().stream().filter(v -> v.gas() == gas).findFirst();
  }

  /**
   * The GWP of {@code gas}.
   *
   * @throws MissingFactorException if the set has no value for the gas
   */
  public BigDecimal require(GreenhouseGas gas) {
    BigDecimal v = table()[gas.ordinal()];
    if (v == null) {
      throw new MissingFactorException(List.of(missing(gas)));
    }
    return v;
  }

  MissingFactor missing(GreenhouseGas gas) {
    return new MissingFactor("GWP", gas.code(), "", "", "GWP set " + name()
        + " has no value for " + gas.code(), List.of(), 0);
  }

  /**
   * The GWP of a blend: Σ mass fraction × GWP of the component, exact. For example R-410A under
   * AR5: 0.50 × 677 + 0.50 × 3170 = 1923.5.
   *
   * @throws MissingFactorException listing every component the set has no value for
   */
  public BigDecimal gwpOf(RefrigerantBlend blend) {
    BigDecimal sum = BigDecimal.ZERO;
    List<MissingFactor> missing = new ArrayList<>();
    for (Map.Entry<GreenhouseGas, BigDecimal> e : blend.massFractions().entrySet()) {
      BigDecimal v = table()[e.getKey().ordinal()];
      if (v == null) {
        missing.add(missing(e.getKey()));
      } else {
        sum = sum.add(e.getValue().multiply(v));
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    return sum;
  }

  /**
   * The CO₂e of a mass of gas, exact.
   *
   * @throws MissingFactorException if the set has no value for the gas
   */
  public Co2e co2e(GasMass mass) {
    return Co2e.tonnes(mass.tonnes().multiply(require(mass.gas())));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GwpSet}; the name is required. */
  public static final class Builder extends ImmutableGwpSet.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("GwpSet", "name", name());
    Checks.requireDistinct("GwpSet", "values", values(), GwpValue::gas);
    if (gwp(GreenhouseGas.CO2).filter(v -> v.compareTo(BigDecimal.ONE) != 0).isPresent()) {
      throw new IllegalArgumentException("GwpSet " + name() + ": the GWP of CO2 must be 1, but was "
          + gwp(GreenhouseGas.CO2).get().toPlainString());
    }
  }
}
