// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Ratio;

/**
 * What a quantification method (T/CAS 612 clauses 6.2.2, 6.3) prepares for one gas, once per
 * method, activity key, unit, region and period: the
 * terms that multiply the activity amount into tonnes of the gas, the GWP that turns those into
 * CO₂e (none for a result in CO₂e already), the factors used and the notes. The calculator turns
 * it into exact multipliers and applies it to each record. Immutable, thread-safe.
 */
public final class GasChain {

  private final GreenhouseGas gas;
  private final LineKind kind;
  private final List<TraceTerm> terms;
  private final Optional<BigDecimal> gwp;
  private final List<FactorUse> factors;
  private final List<String> notes;

  /**
   * @param gas the gas (CO₂ for a result in CO₂e)
   * @param kind emission, removal or biogenic CO₂
   * @param terms the terms after the activity amount, in order
   * @param gwp the GWP of the gas, or empty for a result in CO₂e already
   * @param factors the factors and parameters used
   * @param notes notes for the trace
   */
  public GasChain(GreenhouseGas gas, LineKind kind, List<TraceTerm> terms,
      Optional<BigDecimal> gwp, List<FactorUse> factors, List<String> notes) {
    this.gas = Objects.requireNonNull(gas, "gas");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.terms = List.copyOf(terms);
    this.gwp = Objects.requireNonNull(gwp, "gwp");
    this.factors = List.copyOf(factors);
    this.notes = List.copyOf(notes);
  }

  /** The gas. */
  public GreenhouseGas gas() {
    return gas;
  }

  /** Emission, removal or biogenic CO₂. */
  public LineKind kind() {
    return kind;
  }

  /** The terms after the activity amount. */
  public List<TraceTerm> terms() {
    return terms;
  }

  /** The GWP, if the chain gives a mass of a gas. */
  public Optional<BigDecimal> gwp() {
    return gwp;
  }

  /** The factors used. */
  public List<FactorUse> factors() {
    return factors;
  }

  /** The notes. */
  public List<String> notes() {
    return notes;
  }

  /** The exact product of the terms: tonnes of gas per unit of activity. */
  public Ratio gasRatio() {
    Ratio r = Ratio.ONE;
    for (TraceTerm t : terms) {
      r = r.multipliedBy(t.value());
    }
    return r;
  }

  /** The exact product of the terms and the GWP: tonnes of CO₂e per unit of activity. */
  public Ratio co2eRatio() {
    return gwp.map(g -> gasRatio().multipliedBy(g)).orElseGet(this::gasRatio);
  }
}
