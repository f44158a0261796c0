// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.immutables.value.Value;

/**
 * A supplier-specific product carbon footprint (产品碳足迹, ISO 14067; T/CAS 612 clause 6.3 for
 * category-4 emissions of purchased goods) as the PACT Technical Specification v3 defines its
 * {@code ProductFootprint} and the footprint's {@code pcf} ({@code CarbonFootprint}): every
 * property of both, with the specification's names, so that {@link PactFootprints} reads and
 * writes a v3 document without loss. The {@code pcf} properties are attributes of this type
 * (flattened); properties the specification does not define are kept in {@link
 * #unknownProperties()} and {@link #pcfUnknownProperties()} and written back.
 *
 * <p>The footprint figures are kgCO₂e per {@code declaredUnitAmount} declared units, exact. The
 * properties v3 makes mandatory but v2.x did not ({@code productMassPerDeclaredUnit},
 * {@code pcfIncludingBiogenicUptake}, {@code fossilGhgEmissions}, {@code fossilCarbonContent},
 * {@code exemptedEmissionsPercent}) are optional here so that a footprint read from v2.x can be
 * held; {@link PactFootprints#toJson} refuses to write a footprint lacking any of them, and
 * {@link PactFootprints#fromJson} refuses a v3 document lacking any of them.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProductFootprint.class)
public abstract class ProductFootprint implements Identified, WithProductFootprint {

  /** The status of a footprint that is the most recent version and should be used. */
  public static final String ACTIVE = "Active";

  /** The status of a footprint superseded by a newer one; it should not be used. */
  public static final String DEPRECATED = "Deprecated";

  /** The years a footprint without a validity period is valid after its reference period. */
  public static final int DEFAULT_VALIDITY_YEARS = 3;

  /** The footprint's id ({@code id}), a UUID. */
  @Override
  public abstract String id();

  /** The PACT specification version the footprint complies with ({@code specVersion}). */
  @Value.Default
  public String specVersion() {
    return PactFootprints.SPEC_VERSION;
  }

  /** The ids of past versions of this footprint ({@code precedingPfIds}), UUIDs. */
  public abstract List<String> precedingPfIds();

  /** When the footprint was created ({@code created}). */
  public abstract Instant created();

  /** {@value #ACTIVE} or {@value #DEPRECATED} ({@code status}). */
  @Value.Default
  public String status() {
    return ACTIVE;
  }

  /** The start of the declared validity period ({@code validityPeriodStart}), if declared. */
  public abstract Optional<Instant> validityPeriodStart();

  /** The end of the declared validity period ({@code validityPeriodEnd}), if declared. */
  public abstract Optional<Instant> validityPeriodEnd();

  /** The supplier's name ({@code companyName}). */
  public abstract String companyName();

  /** The supplier's ids ({@code companyIds}), URNs. */
  public abstract List<String> companyIds();

  /** The product's description ({@code productDescription}). */
  public abstract String productDescription();

  /** The product's ids ({@code productIds}), URNs. */
  public abstract List<String> productIds();

  /** The product's classifications ({@code productClassifications}), URNs. */
  public abstract List<String> productClassifications();

  /** The product's name at the supplier ({@code productNameCompany}). */
  public abstract String productNameCompany();

  /** A comment on the calculation ({@code comment}), if any. */
  public abstract Optional<String> comment();

  /** The data model extensions ({@code extensions}). */
  public abstract List<PactExtension> extensions();

  /** Properties of the {@code ProductFootprint} the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  // ------------------------------------------------------------------ pcf

  /** The declared unit ({@code pcf.declaredUnitOfMeasurement}), e.g. {@code kg}, {@code pc}. */
  public abstract MeasureUnit declaredUnit();

  /** How many declared units the figures are for ({@code pcf.declaredUnitAmount}), above 0. */
  public abstract BigDecimal declaredUnitAmount();

  /** Product mass per declared unit, kg ({@code pcf.productMassPerDeclaredUnit}). */
  public abstract Optional<BigDecimal> productMassPerDeclaredUnit();

  /** The start of the reference period ({@code pcf.referencePeriodStart}). */
  public abstract Instant referencePeriodStart();

  /** The end of the reference period, exclusive ({@code pcf.referencePeriodEnd}). */
  public abstract Instant referencePeriodEnd();

  /** The UN M49 region or sub-region ({@code pcf.geographyRegionOrSubregion}), if declared. */
  public abstract Optional<String> geographyRegionOrSubregion();

  /** The country, ISO 3166-1 alpha-2 ({@code pcf.geographyCountry}), if declared. */
  public abstract Optional<String> geographyCountry();

  /** The subdivision, ISO 3166-2 ({@code pcf.geographyCountrySubdivision}), if declared. */
  public abstract Optional<String> geographyCountrySubdivision();

  /** The processes in the boundary ({@code pcf.boundaryProcessesDescription}), if described. */
  public abstract Optional<String> boundaryProcessesDescription();

  /** The footprint excluding biogenic uptake, kgCO₂e ({@code pcf.pcfExcludingBiogenicUptake}). */
  public abstract BigDecimal pcfExcludingBiogenicUptake();

  /** The footprint including biogenic uptake, kgCO₂e ({@code pcf.pcfIncludingBiogenicUptake}). */
  public abstract Optional<BigDecimal> pcfIncludingBiogenicUptake();

  /** Fossil carbon content, kg C ({@code pcf.fossilCarbonContent}), at least 0. */
  public abstract Optional<BigDecimal> fossilCarbonContent();

  /** Biogenic carbon content, kg C ({@code pcf.biogenicCarbonContent}), at least 0. */
  public abstract Optional<BigDecimal> biogenicCarbonContent();

  /** Recycled carbon content, kg C ({@code pcf.recycledCarbonContent}), at least 0. */
  public abstract Optional<BigDecimal> recycledCarbonContent();

  /** Fossil GHG emissions, kgCO₂e ({@code pcf.fossilGhgEmissions}), at least 0. */
  public abstract Optional<BigDecimal> fossilGhgEmissions();

  /** Land-use change GHG emissions, kgCO₂e ({@code pcf.landUseChangeGhgEmissions}), ≥ 0. */
  public abstract Optional<BigDecimal> landUseChangeGhgEmissions();

  /** Land carbon leakage, kgCO₂e ({@code pcf.landCarbonLeakage}), at least 0. */
  public abstract Optional<BigDecimal> landCarbonLeakage();

  /** Land management fossil emissions ({@code pcf.landManagementFossilGhgEmissions}), ≥ 0. */
  public abstract Optional<BigDecimal> landManagementFossilGhgEmissions();

  /** Land management biogenic CO₂ ({@code pcf.landManagementBiogenicCO2Emissions}), ≥ 0. */
  public abstract Optional<BigDecimal> landManagementBiogenicCO2Emissions();

  /** Land management CO₂ removals ({@code pcf.landManagementBiogenicCO2Removals}), ≤ 0. */
  public abstract Optional<BigDecimal> landManagementBiogenicCO2Removals();

  /** Biogenic CO₂ uptake, kgCO₂ ({@code pcf.biogenicCO2Uptake}), at most 0. */
  public abstract Optional<BigDecimal> biogenicCO2Uptake();

  /** Biogenic non-CO₂ emissions, kgCO₂e ({@code pcf.biogenicNonCO2Emissions}), ≥ 0. */
  public abstract Optional<BigDecimal> biogenicNonCO2Emissions();

  /** Land area occupation, m²·year ({@code pcf.landAreaOccupation}), at least 0. */
  public abstract Optional<BigDecimal> landAreaOccupation();

  /** Aircraft GHG emissions, kgCO₂e ({@code pcf.aircraftGhgEmissions}), at least 0. */
  public abstract Optional<BigDecimal> aircraftGhgEmissions();

  /** Whether packaging emissions are included ({@code pcf.packagingEmissionsIncluded}). */
  public abstract Optional<Boolean> packagingEmissionsIncluded();

  /** Packaging GHG emissions, kgCO₂e ({@code pcf.packagingGhgEmissions}), at least 0. */
  public abstract Optional<BigDecimal> packagingGhgEmissions();

  /** Packaging biogenic carbon, kg C ({@code pcf.packagingBiogenicCarbonContent}), ≥ 0. */
  public abstract Optional<BigDecimal> packagingBiogenicCarbonContent();

  /** Outbound logistics emissions ({@code pcf.outboundLogisticsGhgEmissions}), at least 0. */
  public abstract Optional<BigDecimal> outboundLogisticsGhgEmissions();

  /** Whether CCS capture is included ({@code pcf.ccsTechnologicalCO2CaptureIncluded}). */
  public abstract Optional<Boolean> ccsTechnologicalCO2CaptureIncluded();

  /** CCS technological CO₂ capture, kgCO₂ ({@code pcf.ccsTechnologicalCO2Capture}), ≤ 0. */
  public abstract Optional<BigDecimal> ccsTechnologicalCO2Capture();

  /** Origin of the captured CO₂ ({@code pcf.technologicalCO2CaptureOrigin}), if given. */
  public abstract Optional<String> technologicalCO2CaptureOrigin();

  /** Technological CO₂ removals, kgCO₂ ({@code pcf.technologicalCO2Removals}), at most 0. */
  public abstract Optional<BigDecimal> technologicalCO2Removals();

  /** CCU carbon content, kg C ({@code pcf.ccuCarbonContent}), at least 0. */
  public abstract Optional<BigDecimal> ccuCarbonContent();

  /** {@code Cut-off} or {@code Credit} ({@code pcf.ccuCalculationApproach}), if given. */
  public abstract Optional<String> ccuCalculationApproach();

  /** The certification of a CCU credit, a URI ({@code pcf.ccuCreditCertification}). */
  public abstract Optional<String> ccuCreditCertification();

  /** The IPCC GWP basis ({@code pcf.ipccCharacterizationFactors}), e.g. {@code AR6}. */
  public abstract List<String> ipccCharacterizationFactors();

  /** The cross-sectoral standards applied ({@code pcf.crossSectoralStandards}). */
  public abstract List<String> crossSectoralStandards();

  /** The product or sector specific rules applied ({@code pcf.productOrSectorSpecificRules}). */
  public abstract List<PactSectorSpecificRule> productOrSectorSpecificRules();

  /** Emissions exempted, percent ({@code pcf.exemptedEmissionsPercent}). */
  public abstract Optional<BigDecimal> exemptedEmissionsPercent();

  /** What was exempted ({@code pcf.exemptedEmissionsDescription}), if described. */
  public abstract Optional<String> exemptedEmissionsDescription();

  /** The allocation rules used ({@code pcf.allocationRulesDescription}), if described. */
  public abstract Optional<String> allocationRulesDescription();

  /** The secondary emission factor sources ({@code pcf.secondaryEmissionFactorSources}). */
  public abstract List<PactEmissionFactorSource> secondaryEmissionFactorSources();

  /** Share of primary data, percent ({@code pcf.primaryDataShare}), if declared. */
  public abstract Optional<BigDecimal> primaryDataShare();

  /** The data-quality indicators ({@code pcf.dqi}), if declared. */
  public abstract Optional<PactDataQuality> dataQuality();

  /** The verification of the footprint ({@code pcf.verification}), if declared. */
  public abstract Optional<PactVerification> verification();

  /** Properties of the {@code pcf} the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> pcfUnknownProperties();

  /**
   * The original spelling of timestamps and decimals whose text differs from the one this type
   * writes (e.g. {@code 2024-01-01T00:00:00+00:00} for {@code 2024-01-01T00:00:00Z}, {@code +1}
   * for {@code 1}), by JSON path: written back instead of the canonical text as long as it still
   * denotes the attribute's value. Not part of equality.
   */
  @Value.Auxiliary
  public abstract Map<String, String> sourceSpellings();

  // ------------------------------------------------------------------ derived

  /**
   * The reference period as whole days: from the day of {@link #referencePeriodStart()} to the
   * day before {@link #referencePeriodEnd()} when that is at 00:00Z, else to its day.
   */
  public ReportingPeriod referencePeriod() {
    LocalDate start = referencePeriodStart().atOffset(ZoneOffset.UTC).toLocalDate();
    var end = referencePeriodEnd().atOffset(ZoneOffset.UTC);
    LocalDate last = end.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    return ReportingPeriod.of(start, last.isBefore(start) ? start : last);
  }

  /**
   * The end of the period during which the footprint is valid for use: {@link
   * #validityPeriodEnd()} if declared, else {@value #DEFAULT_VALIDITY_YEARS} years after {@link
   * #referencePeriodEnd()}, as the specification sets it.
   */
  public Instant validUntil() {
    return validityPeriodEnd().orElseGet(() -> ZonedDateTime.ofInstant(referencePeriodEnd(),
        ZoneOffset.UTC).plusYears(DEFAULT_VALIDITY_YEARS).toInstant());
  }

  /** Whether the status is {@value #DEPRECATED}. */
  @JsonIgnore
  public boolean isDeprecated() {
    return DEPRECATED.equals(status());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProductFootprint}; id, created, company name, product description and name,
   * declared unit and amount, reference period, pcfExcludingBiogenicUptake and one GWP basis are
   * required.
   */
  public static final class Builder extends ImmutableProductFootprint.Builder {

    /**
     * Sets the reference period from whole days: start at 00:00Z of its first day, end at 00:00Z
     * of the day after its last (exclusive), as PACT writes it.
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder referencePeriod(ReportingPeriod period) {
      referencePeriodStart(period.start().atStartOfDay().toInstant(ZoneOffset.UTC));
      referencePeriodEnd(period.end().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      return this;
    }
  }

  private static final Set<String> STATUSES = Set.of(ACTIVE, DEPRECATED);

  @Value.Check
  protected void check() {
    String t = "ProductFootprint";
    Checks.requireNonBlank(t, "id", id());
    Checks.requireNonBlank(t, "companyName", companyName());
    Checks.requireNonBlank(t, "productNameCompany", productNameCompany());
    Checks.requirePositive(t, "declaredUnitAmount", declaredUnitAmount());
    Checks.requireNonEmpty(t, "ipccCharacterizationFactors", ipccCharacterizationFactors());
    if (!STATUSES.contains(status())) {
      throw new IllegalArgumentException(t + ".status must be Active or Deprecated, but was '"
          + status() + "'");
    }
    if (referencePeriodEnd().isBefore(referencePeriodStart())) {
      throw new IllegalArgumentException(t + ".referencePeriodEnd " + referencePeriodEnd()
          + " must not be before referencePeriodStart " + referencePeriodStart());
    }
    if (validityPeriodStart().isPresent() && validityPeriodEnd().isPresent()
        && validityPeriodEnd().get().isBefore(validityPeriodStart().get())) {
      throw new IllegalArgumentException(t + ".validityPeriodEnd " + validityPeriodEnd().get()
          + " must not be before validityPeriodStart " + validityPeriodStart().get());
    }
  }
}
