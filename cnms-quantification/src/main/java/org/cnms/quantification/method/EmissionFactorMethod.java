// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FactorLookup;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.immutables.value.Value;

/**
 * The emission-factor method (排放因子法, T/CAS 612 clause 6.3): emissions of each gas = activity
 * data × the emission factor of that gas, and in CO₂e × its GWP. The factors are those the library
 * gives for the activity key (or {@link #factorKey()}), region and period — one per gas, e.g. CO₂,
 * CH₄ and N₂O of a fuel — or one CO₂e factor. A biogenic CO₂ factor gives a biogenic CO₂ line.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(EmissionFactorMethod.NAME)
@JsonDeserialize(as = ImmutableEmissionFactorMethod.class)
public abstract non-sealed class EmissionFactorMethod
    implements ActivityMethod, WithEmissionFactorMethod {

  /** The method's name in results and JSON. */
  public static final String NAME = "emission-factor";

  private static final EmissionFactorMethod BY_ACTIVITY_KEY = builder().build();

  /** The key to look factors up by, if not the activity's own key. */
  public abstract Optional<String> factorKey();

  /** The method that looks factors up by the activity key. */
  public static EmissionFactorMethod byActivityKey() {
    return BY_ACTIVITY_KEY;
  }

  /** The method that looks factors up by {@code key}. */
  public static EmissionFactorMethod withKey(String key) {
    return builder().factorKey(key).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = AD × EF × GWP";
  }

  @Override
  public List<GasChain> prepare(MethodContext ctx) {
    return prepare(ctx, factorKey().orElse(ctx.activityKey()), LineKind.EMISSION);
  }

  static List<GasChain> prepare(MethodContext ctx, String key, LineKind kind) {
    FactorLookup lookup = ctx.library().lookup(key, ctx.region(), ctx.period());
    if (!lookup.isFound()) {
      throw new MissingFactorException(List.of(lookup.toMissing()));
    }
    List<MissingFactor> missing = new ArrayList<>();
    List<GasChain> chains = new ArrayList<>();
    for (EmissionFactor f : lookup.factors()) {
      GreenhouseGas gas = f.gas().orElse(GreenhouseGas.CO2);
      Optional<BigDecimal> gwp = f.gas().isPresent() ? Chains.gwp(ctx, gas, missing)
          : Optional.empty();
      LineKind k = kind == LineKind.EMISSION && f.biogenic() ? LineKind.BIOGENIC_CO2 : kind;
      List<String> notes = new ArrayList<>(lookup.notes());
      if (f.gas().isEmpty()) {
        notes.add("factor " + f.id() + " is in CO2e: booked as CO2 with GWP 1");
      }
      chains.add(new GasChain(gas, k, Chains.factorTerms(ctx, f),
          f.gas().isPresent() ? gwp.or(() -> Optional.of(BigDecimal.ONE)) : Optional.empty(),
          List.of(FactorUse.of(f)), notes));
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    return chains;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EmissionFactorMethod}; nothing is required. */
  public static final class Builder extends ImmutableEmissionFactorMethod.Builder {}
}
