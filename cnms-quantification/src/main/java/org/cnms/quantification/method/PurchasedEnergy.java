// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.immutables.value.Value;

/**
 * Purchased electricity or heat of one source in one period (外购电力、热力, T/CAS 612 clause 6.2.1 b,
 * category 2), with the energy exported deducted, and the green power bought directly and the green
 * certificates held, reported two ways side by side:
 * <ul>
 *   <li><b>location-based</b>: (purchased − exported) × grid average factor;
 *   <li><b>market-based</b>: green power and certificates at zero, the rest (purchased − exported −
 *       green power − certificates) × the factor excluding market-traded non-fossil power.
 * </ul>
 * The factor keys default to those of the {@link EnergyCarrier}. {@link #chains} gives the
 * location-based figure, {@link #marketBasedChains} the market-based one. Exact; immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonTypeName(PurchasedEnergy.NAME)
@JsonDeserialize(as = ImmutablePurchasedEnergy.class)
public abstract non-sealed class PurchasedEnergy
    implements SourceQuantification, WithPurchasedEnergy {

  /** The method's name in results and JSON. */
  public static final String NAME = "purchased-energy";

  /** Category 2 by default. */
  @Override
  @Value.Default
  public EmissionCategory category() {
    return EmissionCategory.PURCHASED_ENERGY;
  }

  /** Electricity or heat. */
  public abstract EnergyCarrier carrier();

  /** The energy purchased. */
  public abstract Amount purchased();

  /** The energy exported (sold on), deducted. */
  public abstract Optional<Amount> exported();

  /** Green power bought directly (e.g. a green-power trade), at zero in the market-based figure. */
  public abstract Optional<Amount> greenPower();

  /** Green certificates held for the period, at zero in the market-based figure. */
  public abstract Optional<Amount> greenCertificates();

  /** The location-based factor key, if not the carrier's default. */
  public abstract Optional<String> locationFactorKey();

  /** The market-based factor key, if not the carrier's default. */
  public abstract Optional<String> marketFactorKey();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E(location) = (purchased − exported) × EF(grid average); E(market) = (purchased −"
        + " exported − green power − certificates) × EF(excluding market non-fossil)";
  }

  @Override
  public MeasureUnit mainUnit() {
    return purchased().unit();
  }

  private Ratio net() {
    Ratio n = Ratio.of(purchased().value());
    if (exported().isPresent()) {
      n = n.plus(exported().get().conversionTo(purchased().unit()).multipliedBy(
          Ratio.of(java.math.BigInteger.ONE.negate(), java.math.BigInteger.ONE)));
    }
    return n;
  }

  private Ratio green() {
    Ratio g = Ratio.of(java.math.BigInteger.ZERO, java.math.BigInteger.ONE);
    for (Optional<Amount> a : List.of(greenPower(), greenCertificates())) {
      if (a.isPresent()) {
        g = g.plus(a.get().conversionTo(purchased().unit()));
      }
    }
    return g;
  }

  /** The location-based chains. */
  @Override
  public List<GasChain> chains(MethodContext ctx) {
    String text = "net purchased " + carrier().labelEn() + " (purchased " + purchased()
        + exported().map(e -> " − exported " + e).orElse("") + ")";
    return withQuantity(ctx, locationFactorKey().orElse(carrier().locationKey()), net(), text);
  }

  /** The market-based chains. */
  public List<GasChain> marketBasedChains(MethodContext ctx) {
    Ratio rest = net().plus(green().multipliedBy(Ratio.of(java.math.BigInteger.ONE.negate(),
        java.math.BigInteger.ONE)));
    String text = "purchased " + carrier().labelEn() + " not covered by green power or"
        + " certificates (purchased " + purchased() + exported().map(e -> " − exported " + e)
        .orElse("") + greenPower().map(g -> " − green power " + g).orElse("")
        + greenCertificates().map(g -> " − certificates " + g).orElse("") + ")";
    return withQuantity(ctx, marketFactorKey().orElse(carrier().marketKey()), rest, text);
  }

  private List<GasChain> withQuantity(MethodContext ctx, String key, Ratio quantity,
      String text) {
    List<GasChain> factorChains = EmissionFactorMethod.prepare(ctx, key, LineKind.EMISSION);
    List<GasChain> out = new ArrayList<>();
    for (GasChain c : factorChains) {
      List<TraceTerm> terms = new ArrayList<>();
      terms.add(TraceTerm.of(text, quantity, purchased().unit().code()));
      terms.addAll(c.terms());
      out.add(new GasChain(c.gas(), c.kind(), terms, c.gwp(), c.factors(), c.notes()));
    }
    return out;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PurchasedEnergy}; id, sourceId, facilityId, period, carrier and purchased are
   * required.
   */
  public static final class Builder extends ImmutablePurchasedEnergy.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("PurchasedEnergy", "id", id());
    Checks.requireId("PurchasedEnergy", "sourceId", sourceId());
    Checks.requireId("PurchasedEnergy", "facilityId", facilityId());
    for (Amount a : List.of(purchased(), exported().orElse(purchased()),
        greenPower().orElse(purchased()), greenCertificates().orElse(purchased()))) {
      if (a.kind() != QuantityKind.ENERGY) {
        throw new UnitMismatchException(sourceId(), a.unit(), purchased().unit(),
            "PurchasedEnergy " + id() + " of source " + sourceId()
                + ": every amount must be an energy, but one is " + a);
      }
      Checks.requireNonNegative("PurchasedEnergy", "amounts", a.value());
    }
    if (net().numerator().signum() < 0) {
      throw new IllegalArgumentException("PurchasedEnergy " + id() + ": exported "
          + exported().get() + " exceeds purchased " + purchased());
    }
    if (green().compareTo(net()) > 0) {
      throw new IllegalArgumentException("PurchasedEnergy " + id()
          + ": green power and certificates (" + green() + " " + purchased().unit()
          + ") exceed the net purchase (" + net() + " " + purchased().unit() + ")");
    }
  }
}
