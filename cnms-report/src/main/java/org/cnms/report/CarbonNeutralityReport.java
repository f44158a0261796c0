// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.GhgScope;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.improvement.Severity;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.RecalculationTrigger;
import org.cnms.quantification.progress.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * The carbon-neutrality report (碳中和报告) of an organisation under T/CAS 612—2022: organisation
 * and boundary, the GHG inventory of the latest year by category, facility, gas and source with
 * the method and factor applied to each figure, the trend since the base year, intensities, the
 * baseline and its recalculation checks, target progress and projection, the neutrality balance of
 * one named claim, and the conformity summary with the open nonconformities.
 *
 * <p>Built by {@link ReportBuilder} ({@link #builder()}) from the domain objects; every figure is
 * the domain's exact value (CO₂e in tonnes, percentages to 16 significant digits, half-even).
 * Renderers in {@code org.cnms.report.render} format them and compute nothing. Texts the domain
 * gives in one language only (conformity findings, requirement headings) are in the report's
 * {@link #language()}; everything else is codes and enums that renderers label.
 *
 * <p>Immutable (all lists are unmodifiable copies), thread-safe; read and written as JSON by
 * {@link org.cnms.report.render.ReportJson}.
 *
 * @param language the language of the report's texts, {@code zh} or {@code en}
 * @param organisation organisation and boundary
 * @param inventory the inventory of the latest year
 * @param trend every year against the base year
 * @param intensities the intensity indicators with denominators
 * @param baseline the current baseline and its checks, if any
 * @param progress target progress and projection, if the system has a target and its baseline
 * @param balance the neutrality balance of the named claim
 * @param conformity the conformity summary
 */
public record CarbonNeutralityReport(String language, OrganisationSection organisation,
    InventorySection inventory, TrendSection trend, List<IntensitySeries> intensities,
    @Nullable BaselineSection baseline, @Nullable ProgressSection progress,
    BalanceSection balance, ConformitySection conformity) {

  /** Copies the lists. */
  public CarbonNeutralityReport {
    intensities = List.copyOf(intensities);
  }

  /** A new builder. */
  public static ReportBuilder builder() {
    return new ReportBuilder();
  }

  // ---- organisation ----

  /**
   * The organisation and its boundary (clause 4.3).
   *
   * @param workspace the name of the workspace the report was made from
   * @param assessmentDate the date of the conformity assessment
   * @param id the organisation's id
   * @param name its name
   * @param nameEn its English name, if any
   * @param unifiedSocialCreditCode its unified social credit code, if any
   * @param sector its sector
   * @param boundaryApproach the consolidation approach of the boundary
   * @param inventories the inventories, oldest first
   * @param gwpSets the GWP sets the inventories use, distinct
   * @param factorLibrary the factor library version of the calculator, if known
   * @param facilities the facilities of the system
   */
  public record OrganisationSection(String workspace, LocalDate assessmentDate, String id,
      String name, @Nullable String nameEn, @Nullable String unifiedSocialCreditCode,
      String sector, ConsolidationApproach boundaryApproach, List<InventoryRef> inventories,
      List<String> gwpSets, @Nullable String factorLibrary, List<FacilityRow> facilities) {

    /** Copies the lists. */
    public OrganisationSection {
      inventories = List.copyOf(inventories);
      gwpSets = List.copyOf(gwpSets);
      facilities = List.copyOf(facilities);
    }

    /** The number of facilities inside the boundary. */
    public long facilitiesInBoundary() {
      return facilities.stream().filter(FacilityRow::inBoundary).count();
    }
  }

  /**
   * An inventory by id and period.
   *
   * @param id the inventory's id
   * @param period its period
   */
  public record InventoryRef(String id, ReportingPeriod period) {}

  /**
   * A facility of the system.
   *
   * @param id its id
   * @param name its name
   * @param kind its kind
   * @param province its province, if recorded
   * @param inBoundary whether the boundary includes it
   */
  public record FacilityRow(String id, String name, FacilityKind kind, @Nullable String province,
      boolean inBoundary) {}

  // ---- inventory ----

  /**
   * The GHG inventory of one year (clause 6.3) with its breakdowns and the provenance of every
   * figure.
   *
   * @param id the inventory's id
   * @param period its period
   * @param gwpSet its GWP set
   * @param factorLibraryVersion its factor library version, if recorded
   * @param totalEmissions total emissions
   * @param removals total removals, a positive mass
   * @param netEmissions emissions less removals
   * @param biogenicCo2 biogenic CO₂, reported apart
   * @param previous the change from the previous inventory, if there is one
   * @param byCategory emissions by category, in category order
   * @param byFacility emissions by facility, in id order
   * @param byGas emissions by gas, in gas order, CO₂e not separated by gas on its own row last
   * @param sources every source and sink with its figure and the method applied in the year
   * @param factors every factor applied in the year, by source
   * @param calculation what the provenance was traced with, if activity data was traced
   */
  public record InventorySection(String id, ReportingPeriod period, String gwpSet,
      @Nullable String factorLibraryVersion, Co2e totalEmissions, Co2e removals,
      Co2e netEmissions, Co2e biogenicCo2, @Nullable Change previous,
      List<CategoryRow> byCategory, List<FacilityShare> byFacility, List<GasRow> byGas,
      List<SourceRow> sources, List<AppliedFactor> factors,
      @Nullable CalculationBasis calculation) {

    /** Copies the lists. */
    public InventorySection {
      byCategory = List.copyOf(byCategory);
      byFacility = List.copyOf(byFacility);
      byGas = List.copyOf(byGas);
      sources = List.copyOf(sources);
      factors = List.copyOf(factors);
    }
  }

  /**
   * A change from one figure to another, in percent of the first (16 significant digits,
   * half-even); {@code percent} is null when the first is zero.
   *
   * @param from what the change is measured from, e.g. a period or a baseline id
   * @param percent the change in percent
   */
  public record Change(String from, @Nullable BigDecimal percent) {}

  /**
   * Emissions of one category.
   *
   * @param category the category
   * @param scope its scope
   * @param emissions its emissions
   * @param sharePercent its share of the total, in percent (null if the total is zero)
   */
  public record CategoryRow(EmissionCategory category, GhgScope scope, Co2e emissions,
      @Nullable BigDecimal sharePercent) {}

  /**
   * Emissions of one facility.
   *
   * @param facilityId the facility's id
   * @param name its name, empty if the system does not know it
   * @param emissions its emissions
   * @param sharePercent its share of the total, in percent (null if the total is zero)
   */
  public record FacilityShare(String facilityId, String name, Co2e emissions,
      @Nullable BigDecimal sharePercent) {}

  /**
   * Emissions of one gas. A row with no {@code gas} holds what was quantified with factors in
   * CO₂e (product footprints, freight, travel): it is not separated by gas and has no mass.
   *
   * @param gas the gas, or null for CO₂e not separated by gas
   * @param massTonnes the mass of the gas in tonnes, null for CO₂e not separated by gas
   * @param emissions its CO₂e
   * @param sharePercent its share of the total, in percent (null if the total is zero)
   */
  public record GasRow(@Nullable GreenhouseGas gas, @Nullable BigDecimal massTonnes,
      Co2e emissions, @Nullable BigDecimal sharePercent) {}

  /**
   * A source or sink of the inventory with its figure.
   *
   * @param id the source's or sink's id
   * @param name its name
   * @param facilityId its facility
   * @param category its category
   * @param sink whether it is a sink (its figure is a removal)
   * @param methods the id of the version of its registered method in force in the inventory's
   *     period ({@code ManagementSystem.methodInForce}), empty if the system has none
   * @param methodNames its name
   * @param factorSources where its factors come from, as the method states
   * @param emissions its emissions
   * @param removals its removals, a positive mass
   */
  public record SourceRow(String id, String name, String facilityId, EmissionCategory category,
      boolean sink, List<String> methods, List<String> methodNames, List<String> factorSources,
      Co2e emissions, Co2e removals) {

    /** Copies the lists. */
    public SourceRow {
      methods = List.copyOf(methods);
      methodNames = List.copyOf(methodNames);
      factorSources = List.copyOf(factorSources);
    }
  }

  /**
   * A factor applied to a source in the year (clause 6.3), as the calculation traced it.
   *
   * @param sourceId the source
   * @param method the method applied
   * @param factorId the factor's id
   * @param value its value
   * @param unit its unit
   * @param dataYear the data year of the factor, if it has one
   * @param fallback whether it was taken under a fallback rule (e.g. from an earlier data year
   *     because the year's own is not yet published)
   * @param provenance where the factor comes from, in one line
   * @param notes the notes of the calculation (fallback rules applied, …)
   */
  public record AppliedFactor(String sourceId, String method, String factorId, BigDecimal value,
      String unit, @Nullable Integer dataYear, boolean fallback, String provenance,
      List<String> notes) {

    /** Copies the list. */
    public AppliedFactor {
      notes = List.copyOf(notes);
    }
  }

  /**
   * What the provenance of an inventory was traced with.
   *
   * @param activityRecords the number of activity records traced
   * @param factorLibrary the calculator's factor library version, if known
   * @param gwpSet the calculator's GWP set
   */
  public record CalculationBasis(int activityRecords, @Nullable String factorLibrary,
      String gwpSet) {}

  // ---- trend ----

  /**
   * Every year against the base year.
   *
   * @param coveredCategories the categories the target covers (all without a target)
   * @param baselineId the baseline the changes are measured from, if any
   * @param years the years, oldest first
   */
  public record TrendSection(List<EmissionCategory> coveredCategories,
      @Nullable String baselineId, List<TrendYear> years) {

    /** Copies the lists. */
    public TrendSection {
      coveredCategories = List.copyOf(coveredCategories);
      years = List.copyOf(years);
    }
  }

  /**
   * One year of the trend.
   *
   * @param year the year
   * @param inventoryId its inventory
   * @param emissions total emissions
   * @param removals total removals
   * @param net emissions less removals
   * @param coveredNet net emissions of the covered categories
   * @param byCategory emissions by category, in category order
   * @param vsBaselinePercent the change of total emissions from the baseline's, in percent
   *     (null without a baseline)
   */
  public record TrendYear(int year, String inventoryId, Co2e emissions, Co2e removals, Co2e net,
      Co2e coveredNet, Map<EmissionCategory, Co2e> byCategory,
      @Nullable BigDecimal vsBaselinePercent) {

    /** Copies the map. */
    public TrendYear {
      byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
          byCategory));
    }
  }

  // ---- intensity ----

  /**
   * An intensity indicator (clause 6.4) over the years with a denominator.
   *
   * @param indicatorId the indicator's id
   * @param name its name
   * @param methodDescription how it is computed
   * @param years the years, oldest first
   */
  public record IntensitySeries(String indicatorId, String name, String methodDescription,
      List<IntensityYear> years) {

    /** Copies the list. */
    public IntensitySeries {
      years = List.copyOf(years);
    }
  }

  /**
   * One year of an intensity indicator.
   *
   * @param period the period
   * @param emissions the emissions
   * @param denominator the denominator's value
   * @param denominatorUnit its unit
   * @param value the intensity
   * @param unit the intensity's unit
   * @param vsFirstPercent the change from the first year shown (null for the first)
   */
  public record IntensityYear(ReportingPeriod period, Co2e emissions, BigDecimal denominator,
      String denominatorUnit, BigDecimal value, String unit, @Nullable BigDecimal vsFirstPercent) {}

  // ---- baseline ----

  /**
   * The current baseline (clause 6.5) and its recalculation checks.
   *
   * @param id its id
   * @param periods its base periods
   * @param averaged whether it averages several periods
   * @param inventoryIds the inventories it is made from
   * @param emissions its emissions
   * @param removals its removals
   * @param net emissions less removals
   * @param gwpSet its GWP set
   * @param establishedOn when it was established
   * @param recalculationThresholdPercent its significance threshold
   * @param selectionCriteria why this base period
   * @param latestPeriod the period the categories are compared with
   * @param byCategory its emissions by category against the latest year's
   * @param latestEmissions the latest year's total emissions
   * @param totalChangePercent the change of the total (null if the baseline's is zero)
   * @param checks its recalculation checks
   */
  public record BaselineSection(String id, List<ReportingPeriod> periods, boolean averaged,
      List<String> inventoryIds, Co2e emissions, Co2e removals, Co2e net, String gwpSet,
      LocalDate establishedOn, BigDecimal recalculationThresholdPercent, String selectionCriteria,
      ReportingPeriod latestPeriod, List<BaselineCategory> byCategory, Co2e latestEmissions,
      @Nullable BigDecimal totalChangePercent, List<RecalculationCheck> checks) {

    /** Copies the lists. */
    public BaselineSection {
      periods = List.copyOf(periods);
      inventoryIds = List.copyOf(inventoryIds);
      byCategory = List.copyOf(byCategory);
      checks = List.copyOf(checks);
    }
  }

  /**
   * One category of the baseline against the latest year.
   *
   * @param category the category
   * @param baseline the baseline's emissions of it
   * @param latest the latest year's
   * @param changePercent the change (null if the baseline's is zero)
   */
  public record BaselineCategory(EmissionCategory category, Co2e baseline, Co2e latest,
      @Nullable BigDecimal changePercent) {}

  /**
   * A base-year recalculation check.
   *
   * @param id its id
   * @param decidedOn when it was decided
   * @param trigger what triggered it
   * @param shiftPercent the shift of the base-year emissions, in percent, as recorded
   * @param recalculatedShiftPercent the shift recomputed from its figures (16 significant
   *     digits, half-even), null if the previous emissions are zero
   * @param required whether a recalculation is required
   */
  public record RecalculationCheck(String id, LocalDate decidedOn, RecalculationTrigger trigger,
      BigDecimal shiftPercent, @Nullable BigDecimal recalculatedShiftPercent, boolean required) {}

  // ---- progress ----

  /**
   * Progress towards the carbon-neutrality target (clause 6.6.1) and the projection of the trend.
   *
   * @param targetId the target
   * @param visionYear its vision year
   * @param coveredCategories the categories it covers
   * @param baselineId the baseline
   * @param baseYear the baseline's year
   * @param inventoryId the latest inventory
   * @param precision the path's precision in significant digits
   * @param roundingMode the path's rounding
   * @param targets each phased target and the vision
   * @param notAssessed targets judged on their intensity indicator, not here
   * @param projection the least-squares trend of the covered net emissions, if two years or more
   */
  public record ProgressSection(String targetId, int visionYear,
      List<EmissionCategory> coveredCategories, String baselineId, int baseYear,
      String inventoryId, int precision, RoundingMode roundingMode, List<TargetRow> targets,
      List<String> notAssessed, @Nullable ProjectionSummary projection) {

    /** Copies the lists. */
    public ProgressSection {
      coveredCategories = List.copyOf(coveredCategories);
      targets = List.copyOf(targets);
      notAssessed = List.copyOf(notAssessed);
    }

    /** The targets whose year has come with their level not reached, in target order. */
    public List<TargetRow> missed() {
      return targets.stream().filter(t -> t.status() == TargetStatus.MISSED).toList();
    }
  }

  /**
   * One phased target, or the vision target ({@code vision} true).
   *
   * @param targetId its id
   * @param vision whether it is the vision target
   * @param year its year
   * @param description its description (empty for the vision)
   * @param baselineLevel the baseline's level
   * @param targetLevel its level
   * @param pathLevel the straight-line path's level in the latest year
   * @param latestLevel the latest year's level
   * @param status its status
   */
  public record TargetRow(String targetId, boolean vision, int year, String description,
      Co2e baselineLevel, Co2e targetLevel, Co2e pathLevel, Co2e latestLevel,
      TargetStatus status) {}

  /**
   * The least-squares trend of the covered categories' net emissions.
   *
   * @param slope tonnes per year, if defined
   * @param yearReached the year it reaches zero, if before the horizon
   * @param lastObserved the last observed year's net emissions
   * @param lastObservedYear the last observed year
   * @param projected the projected years
   */
  public record ProjectionSummary(@Nullable BigDecimal slope, @Nullable Integer yearReached,
      int lastObservedYear, Co2e lastObserved, List<YearLevel> projected) {

    /** Copies the list. */
    public ProjectionSummary {
      projected = List.copyOf(projected);
    }

    /** The last projected year, or the last observed one when nothing is projected. */
    public int horizon() {
      return projected.isEmpty() ? lastObservedYear : projected.get(projected.size() - 1).year();
    }
  }

  /**
   * A level in a year.
   *
   * @param year the year
   * @param level the net emissions
   */
  public record YearLevel(int year, Co2e level) {}

  // ---- balance ----

  /**
   * The neutrality balance of one named claim (clauses 3.1, 6.6.1 d and 6.7): emissions of the
   * covered categories less removals less the units retired for the claim.
   *
   * @param claimId the claim
   * @param period its period
   * @param coveredCategories the categories it covers, in category order
   * @param grossEmissions the covered emissions
   * @param removals the covered removals
   * @param offsets the units retired and counted, in tCO₂e
   * @param unitsCounted their number
   * @param netBalance gross less removals less offsets
   * @param neutral whether the net balance is zero or below
   * @param shortfall what remains, zero when neutral
   * @param ledgerSize the number of ledger entries the balance was judged on
   * @param ledgerHash the hash of the last of them
   * @param counted the retirements counted
   * @param refused the units not counted, with the reason
   */
  public record BalanceSection(String claimId, ReportingPeriod period,
      List<EmissionCategory> coveredCategories, Co2e grossEmissions, Co2e removals, Co2e offsets,
      long unitsCounted, Co2e netBalance, boolean neutral, Co2e shortfall, long ledgerSize,
      String ledgerHash, List<RetirementRow> counted, List<RefusedRow> refused) {

    /** Copies the lists. */
    public BalanceSection {
      coveredCategories = List.copyOf(coveredCategories);
      counted = List.copyOf(counted);
      refused = List.copyOf(refused);
    }
  }

  /**
   * A retirement counted for the claim.
   *
   * @param eventId the ledger event
   * @param date its date
   * @param type the type of the units
   * @param registry their registry
   * @param serials their serial range
   * @param vintage their vintage
   * @param quantity their number
   */
  public record RetirementRow(String eventId, LocalDate date, UnitType type, String registry,
      String serials, int vintage, long quantity) {}

  /**
   * Units not counted for the claim.
   *
   * @param registry their registry
   * @param serials their serial range
   * @param quantity their number
   * @param reason why they are not counted
   */
  public record RefusedRow(String registry, String serials, long quantity, String reason) {}

  // ---- conformity ----

  /**
   * The conformity assessment's summary (clause 9.3) and the open nonconformities on record
   * (clause 10.2).
   *
   * @param standard the standard
   * @param assessedOn the assessment date
   * @param requirements the number of requirements judged
   * @param major the number of major nonconformities
   * @param minor the number of minor nonconformities
   * @param byClause the requirements by clause and verdict
   * @param findings the nonconformities found, or every finding when made so
   * @param allFindings whether {@code findings} holds every finding
   * @param open the nonconformities on record not closed
   */
  public record ConformitySection(String standard, LocalDate assessedOn, int requirements,
      long major, long minor, List<ClauseRow> byClause, List<FindingRow> findings,
      boolean allFindings, List<OpenNonconformity> open) {

    /** Copies the lists. */
    public ConformitySection {
      byClause = List.copyOf(byClause);
      findings = List.copyOf(findings);
      open = List.copyOf(open);
    }

    /** The number of nonconformities found. */
    public long nonconformities() {
      return major + minor;
    }
  }

  /**
   * The requirements of one clause by verdict.
   *
   * @param clause the clause number
   * @param counts the number of requirements per verdict, every verdict present
   */
  public record ClauseRow(int clause, Map<Verdict, Integer> counts) {

    /** Copies the map. */
    public ClauseRow {
      counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
    }
  }

  /**
   * A finding of the assessment.
   *
   * @param requirementId the requirement
   * @param heading the requirement's heading in the report's language
   * @param verdict the verdict
   * @param description what was found, in the report's language
   * @param recordIds the records concerned
   * @param ruleId the rule that found it
   */
  public record FindingRow(String requirementId, String heading, Verdict verdict,
      String description, List<String> recordIds, String ruleId) {

    /** Copies the list. */
    public FindingRow {
      recordIds = List.copyOf(recordIds);
    }
  }

  /**
   * A nonconformity on record not closed.
   *
   * @param id its id
   * @param requirementId the requirement, if named
   * @param severity its severity
   * @param status its status
   * @param reportedOn when it was reported
   * @param description its description
   */
  public record OpenNonconformity(String id, @Nullable String requirementId, Severity severity,
      NonconformityStatus status, LocalDate reportedOn, String description) {}
}
