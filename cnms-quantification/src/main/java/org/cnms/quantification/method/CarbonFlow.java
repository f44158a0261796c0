// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Amount;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.i18n.QuantificationTexts;
import org.immutables.value.Value;

/**
 * A flow of carbon-bearing material into or out of a process, for the mass-balance method
 * (碳质量平衡法, T/CAS 612 clause 6.3): the material, its mass and its carbon content (tonnes of
 * carbon per tonne of material, 0 to 1). Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCarbonFlow.class)
public abstract class CarbonFlow implements WithCarbonFlow {

  /** Into or out of the process. */
  public enum Direction implements Labelled {
    /** An input: raw material, fuel, reductant. */
    IN,
    /** An output: product, by-product, waste carrying carbon. */
    OUT;

    @Override
    public String label(Locale locale) {
      return QuantificationTexts.label(this, locale);
    }
  }

  /** In or out. */
  public abstract Direction direction();

  /** The material, e.g. {@code limestone}. */
  public abstract String material();

  /** Its mass. */
  public abstract Amount amount();

  /** Its carbon content, tonnes of carbon per tonne, 0 to 1. */
  public abstract BigDecimal carbonContent();

  /** A flow of {@code material}. */
  public static CarbonFlow of(Direction direction, String material, Amount amount,
      String carbonContent) {
    return builder().direction(direction).material(material).amount(amount)
        .carbonContent(new BigDecimal(carbonContent)).build();
  }

  /** The carbon it carries, in tonnes, exact. */
  public BigDecimal carbonTonnes() {
    return amount().to(UnitRegistry.standard().byCode("t")).value().multiply(carbonContent());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CarbonFlow}; every attribute is required. */
  public static final class Builder extends ImmutableCarbonFlow.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("CarbonFlow", "material", material());
    Checks.requireFraction("CarbonFlow", "carbonContent", carbonContent());
    Checks.requireNonNegative("CarbonFlow", "amount", amount().value());
    if (amount().kind() != QuantityKind.MASS) {
      throw new UnitMismatchException(null, amount().unit(), UnitRegistry.standard().byCode("t"),
          "CarbonFlow of " + material() + " must be a mass, but was " + amount());
    }
  }
}
