// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A refrigerant blend (混合制冷剂), defined by the mass fractions of its component species
 * (ASHRAE Standard 34 designations). Leaks of blends are everyday lines of a category-1 inventory
 * (T/CAS 612 clause 6.2.1 a); a leaked mass of a blend splits into masses of its components, each
 * weighted by its own GWP.
 *
 * <p>The mass fractions must be positive and add up to exactly 1. Immutable, thread-safe.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE)
public final class RefrigerantBlend {

  /** R-404A: HFC-125 44 %, HFC-143a 52 %, HFC-134a 4 %. */
  public static final RefrigerantBlend R404A = define("R-404A", Map.of(
      GreenhouseGas.HFC_125, "0.44", GreenhouseGas.HFC_143A, "0.52",
      GreenhouseGas.HFC_134A, "0.04"));
  /** R-407C: HFC-32 23 %, HFC-125 25 %, HFC-134a 52 %. */
  public static final RefrigerantBlend R407C = define("R-407C", Map.of(
      GreenhouseGas.HFC_32, "0.23", GreenhouseGas.HFC_125, "0.25",
      GreenhouseGas.HFC_134A, "0.52"));
  /** R-410A: HFC-32 50 %, HFC-125 50 %. */
  public static final RefrigerantBlend R410A = define("R-410A", Map.of(
      GreenhouseGas.HFC_32, "0.50", GreenhouseGas.HFC_125, "0.50"));

  private static final List<RefrigerantBlend> KNOWN = List.of(R404A, R407C, R410A);

  private final String designation;
  private final Map<GreenhouseGas, BigDecimal> massFractions;

  private RefrigerantBlend(String designation, Map<GreenhouseGas, BigDecimal> massFractions) {
    this.designation = Objects.requireNonNull(designation, "designation").trim();
    if (this.designation.isEmpty()) {
      throw new IllegalArgumentException("RefrigerantBlend.designation must not be blank");
    }
    if (massFractions.isEmpty()) {
      throw new IllegalArgumentException("RefrigerantBlend " + designation
          + " must have at least one component");
    }
    BigDecimal sum = BigDecimal.ZERO;
    Map<GreenhouseGas, BigDecimal> copy = new LinkedHashMap<>();
    for (GreenhouseGas gas : GreenhouseGas.values()) {
      BigDecimal f = massFractions.get(gas);
      if (f == null) {
        continue;
      }
      if (f.signum() <= 0 || f.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("RefrigerantBlend " + designation
            + ": mass fraction of " + gas + " must be in (0, 1], but was " + f.toPlainString());
      }
      copy.put(gas, f);
      sum = sum.add(f);
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("RefrigerantBlend " + designation
          + ": mass fractions must add up to 1, but add up to " + sum.toPlainString());
    }
    this.massFractions = Collections.unmodifiableMap(copy);
  }

  /**
   * A blend from its designation and the mass fractions of its components.
   *
   * @param designation e.g. {@code R-410A}, not blank
   * @param massFractions fraction per component species, each in (0, 1], adding up to exactly 1
   * @return the blend
   * @throws IllegalArgumentException if a fraction is out of range or they do not add up to 1
   */
  @JsonCreator
  public static RefrigerantBlend of(@JsonProperty("designation") String designation,
      @JsonProperty("massFractions") Map<GreenhouseGas, BigDecimal> massFractions) {
    return new RefrigerantBlend(designation, massFractions);
  }

  private static RefrigerantBlend define(String designation, Map<GreenhouseGas, String> fractions) {
    Map<GreenhouseGas, BigDecimal> m = new LinkedHashMap<>();
    fractions.forEach((g, f) -> m.put(g, new BigDecimal(f)));
    return new RefrigerantBlend(designation, m);
  }

  /** The blends defined by the SDK: R-404A, R-407C, R-410A. */
  public static List<RefrigerantBlend> known() {
    return KNOWN;
  }

  /**
   * A blend the SDK defines, by designation ({@code R-410A}, {@code R410A}, {@code r410a}).
   *
   * @return the blend, or empty if the SDK does not define it
   */
  public static Optional<RefrigerantBlend> known(String designation) {
    String k = designation.trim().replace("-", "").toUpperCase(Locale.ROOT);
    return KNOWN.stream().filter(b -> b.designation.replace("-", "").equals(k)).findFirst();
  }

  /** The ASHRAE designation, e.g. {@code R-410A}. */
  @JsonProperty("designation")
  public String designation() {
    return designation;
  }

  /** The mass fraction of each component species; they add up to exactly 1. */
  @JsonProperty("massFractions")
  public Map<GreenhouseGas, BigDecimal> massFractions() {
    return massFractions;
  }

  /** Splits a leaked mass of this blend into the masses of its components, exactly. */
  public List<GasMass> split(BigDecimal tonnesOfBlend) {
    return massFractions.entrySet().stream()
        .map(e -> GasMass.tonnes(e.getKey(), tonnesOfBlend.multiply(e.getValue())))
        .toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefrigerantBlend
        && ((RefrigerantBlend) o).designation.equals(designation)
        && ((RefrigerantBlend) o).massFractions.equals(massFractions);
  }

  @Override
  public int hashCode() {
    return designation.hashCode() * 31 + massFractions.hashCode();
  }

  @Override
  public String toString() {
    return designation + massFractions;
  }
}
