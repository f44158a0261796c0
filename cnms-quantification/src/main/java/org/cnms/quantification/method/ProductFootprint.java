// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.immutables.value.Value;

/**
 * A supplier-specific product carbon footprint (产品碳足迹, ISO 14067; T/CAS 612 clause 6.3 for
 * category-4 emissions of purchased goods): the CO₂e of {@linkplain #declaredUnitAmount() an amount}
 * of the product's {@linkplain #declaredUnit() declared unit}, with the GWP basis it was computed
 * under, its reference period and its data-quality indicators, as exchanged in the PACT v3
 * {@code ProductFootprint} format ({@link PactFootprints}).
 *
 * <p>The footprint figures are kgCO₂e per {@code declaredUnitAmount} declared units, exact. Exact;
 * immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProductFootprint.class)
public abstract class ProductFootprint implements Identified, WithProductFootprint {

  /** The footprint's id (a UUID in PACT). */
  @Override
  public abstract String id();

  /** When the footprint was created. */
  public abstract Instant created();

  /** {@code Active} or {@code Deprecated}. */
  @Value.Default
  public String status() {
    return "Active";
  }

  /** The supplier's name. */
  public abstract String companyName();

  /** The supplier's ids (URNs). */
  public abstract List<String> companyIds();

  /** The product's description. */
  public abstract String productDescription();

  /** The product's ids (URNs). */
  public abstract List<String> productIds();

  /** The product's name at the supplier. */
  public abstract String productNameCompany();

  /** The declared unit, e.g. {@code kg}, {@code kWh}, {@code pc}. */
  public abstract MeasureUnit declaredUnit();

  /** How many declared units the figures are for. */
  public abstract BigDecimal declaredUnitAmount();

  /** Product mass per declared unit, kg, if declared. */
  public abstract Optional<BigDecimal> productMassPerDeclaredUnit();

  /** The reference period of the footprint. */
  public abstract ReportingPeriod referencePeriod();

  /** The country of the footprint, ISO 3166-1 alpha-2, if declared. */
  public abstract Optional<String> geographyCountry();

  /** The footprint excluding biogenic uptake, kgCO₂e per declared-unit amount. */
  public abstract BigDecimal pcfExcludingBiogenicUptake();

  /** The footprint including biogenic uptake, kgCO₂e, if declared. */
  public abstract Optional<BigDecimal> pcfIncludingBiogenicUptake();

  /** The fossil GHG emissions, kgCO₂e, if declared. */
  public abstract Optional<BigDecimal> fossilGhgEmissions();

  /** The fossil carbon content, kg C per declared-unit amount, if declared. */
  public abstract Optional<BigDecimal> fossilCarbonContent();

  /** The IPCC GWP basis the footprint was computed under, e.g. {@code AR6}. */
  public abstract List<String> ipccCharacterizationFactors();

  /** The cross-sectoral standards applied, e.g. {@code ISO14067}. */
  public abstract List<String> crossSectoralStandards();

  /** Emissions exempted, percent. */
  @Value.Default
  public BigDecimal exemptedEmissionsPercent() {
    return BigDecimal.ZERO;
  }

  /** Share of primary data, percent, if declared. */
  public abstract Optional<BigDecimal> primaryDataShare();

  /** The data-quality indicators, if declared. */
  public abstract Optional<PactDataQuality> dataQuality();

  /** A comment, if any. */
  public abstract Optional<String> comment();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProductFootprint}; id, created, company, product, declared unit and amount,
   * reference period, pcfExcludingBiogenicUptake and one GWP basis are required.
   */
  public static final class Builder extends ImmutableProductFootprint.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("ProductFootprint", "id", id());
    Checks.requireNonBlank("ProductFootprint", "companyName", companyName());
    Checks.requireNonBlank("ProductFootprint", "productNameCompany", productNameCompany());
    Checks.requirePositive("ProductFootprint", "declaredUnitAmount", declaredUnitAmount());
    Checks.requireNonNegative("ProductFootprint", "pcfExcludingBiogenicUptake",
        pcfExcludingBiogenicUptake());
    Checks.requireNonEmpty("ProductFootprint", "ipccCharacterizationFactors",
        ipccCharacterizationFactors());
    Checks.requirePercentage("ProductFootprint", "exemptedEmissionsPercent",
        exemptedEmissionsPercent());
    primaryDataShare().ifPresent(p ->
        Checks.requirePercentage("ProductFootprint", "primaryDataShare", p));
  }
}
