// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.Provenance;
import org.cnms.quantification.factor.Rate;
import org.cnms.quantification.factor.SourceStatus;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.internal.Csv;

/**
 * The reference data embedded in the SDK (T/CAS 612 clauses 6.3 and 6.8), read from the CSV files
 * under {@code org/cnms/quantification/reference/} of this module, each figure with its source and
 * status exactly as the files give them:
 * <ul>
 *   <li>{@code gwp-100.csv}: GWP-100 of the Kyoto gases and common HFCs/PFCs in IPCC SAR, AR4, AR5,
 *       AR6 ({@link #gwpSet(String)});
 *   <li>{@code refrigerant-blends.csv}: mass fractions of R-404A, R-407C, R-410A ({@link
 *       #refrigerantBlends()});
 *   <li>{@code china-electricity-factors.csv}: the national-ETS grid average factors and the MEE/NBS
 *       electricity CO₂ factors, under the keys {@code electricity.grid.<series>} ({@link
 *       #electricityFactors()});
 *   <li>{@code china-fuel-defaults.csv}: default NCV, carbon content and oxidation rate of common
 *       fossil fuels for GB/T 32150 ({@link #fuelDefaults()});
 *   <li>the default factor of purchased heat, 0.11 tCO₂/GJ, key {@value #HEAT_KEY}.
 * </ul>
 * Nothing is derived or invented beyond those files: fuels the files give no default for have
 * none, and a gas a report does not list has no GWP in its set. Thread-safe; the data are read
 * once.
 */
public final class ReferenceData {

  /** The name of the embedded factor library. */
  public static final String LIBRARY_NAME = "cnms-china-reference";
  /** The version of the embedded factor library; results computed with it name it. */
  public static final String LIBRARY_VERSION = "2026.1";
  /** The key of the grid average factors of the national ETS. */
  public static final String ETS_GRID_AVERAGE = "electricity.grid.ets-grid-average";
  /** The key of the MEE/NBS average electricity factors (location-based). */
  public static final String GRID_AVERAGE = "electricity.grid.mee-nbs-average";
  /** The key of the MEE/NBS factors excluding market-traded non-fossil power (market-based). */
  public static final String GRID_EXCLUDING_MARKET_NON_FOSSIL =
      "electricity.grid.mee-nbs-excluding-market-non-fossil";
  /** The key of the MEE/NBS fossil-only electricity factors. */
  public static final String GRID_FOSSIL = "electricity.grid.mee-nbs-fossil";
  /** The key of the default factor of purchased heat. */
  public static final String HEAT_KEY = "heat.purchased.default";


  private ReferenceData() {}

  private static final class Blends {
    static final List<RefrigerantBlend> BLENDS = loadBlends();
  }

  private static final class Library {
    static final List<EmissionFactor> ELECTRICITY = loadElectricity();
    static final List<FuelParameters> FUELS = loadFuels();
    static final FactorLibrary CHINA = FactorLibrary.builder()
        .name(LIBRARY_NAME).version(LIBRARY_VERSION)
        .addAllFactors(ELECTRICITY).addFactors(heatDefault())
        .addAllFuels(FUELS).build();
  }

  /**
   * The GWP set of the given IPCC report: {@code SAR}, {@code AR4}, {@code AR5} or {@code AR6}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static GwpSet gwpSet(String name) {
    switch (name.strip().toUpperCase(Locale.ROOT)) {
      case "SAR":
        return GwpSet.sar();
      case "AR4":
        return GwpSet.ar4();
      case "AR5":
        return GwpSet.ar5();
      case "AR6":
        return GwpSet.ar6();
      default:
        throw new IllegalArgumentException("No embedded GWP set '" + name
            + "'; embedded: SAR, AR4, AR5, AR6");
    }
  }

  /** The embedded GWP sets SAR, AR4, AR5 and AR6, in that order. */
  public static List<GwpSet> gwpSets() {
    return List.of(GwpSet.sar(), GwpSet.ar4(), GwpSet.ar5(), GwpSet.ar6());
  }

  /** The refrigerant blends of {@code refrigerant-blends.csv}. */
  public static List<RefrigerantBlend> refrigerantBlends() {
    return Blends.BLENDS;
  }

  /** The electricity CO₂ factors of {@code china-electricity-factors.csv}. */
  public static List<EmissionFactor> electricityFactors() {
    return Library.ELECTRICITY;
  }

  /** The fuel defaults of {@code china-fuel-defaults.csv}, keyed e.g. {@code natural-gas}. */
  public static List<FuelParameters> fuelDefaults() {
    return Library.FUELS;
  }

  /**
   * The embedded factor library: the electricity factors, the purchased-heat default and the fuel
   * defaults, version {@value #LIBRARY_VERSION}, with no fallback rules (use {@code
   * withFallbackRules} to allow some).
   */
  public static FactorLibrary chinaFactorLibrary() {
    return Library.CHINA;
  }

  private static List<Csv.Row> rows(String file) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Embedded reference data " + file + " is missing");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      List<Csv.Row> rows = Csv.read(reader, true);
      return rows.subList(1, rows.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<RefrigerantBlend> loadBlends() {
    Map<String, Map<GreenhouseGas, BigDecimal>> blends = new LinkedHashMap<>();
    for (Csv.Row row : rows("refrigerant-blends.csv")) {
      blends.computeIfAbsent(row.fields().get(0), k -> new LinkedHashMap<>())
          .put(GreenhouseGas.parse(row.fields().get(1)), new BigDecimal(row.fields().get(2)));
    }
    List<RefrigerantBlend> list = new ArrayList<>();
    blends.forEach((name, fractions) -> list.add(RefrigerantBlend.of(name, fractions)));
    return List.copyOf(list);
  }

  static List<EmissionFactor> loadElectricity() {
    List<EmissionFactor> list = new ArrayList<>();
    UnitRegistry units = UnitRegistry.standard();
    for (Csv.Row row : rows("china-electricity-factors.csv")) {
      List<String> f = row.fields();
      String series = f.get(0).strip();
      String region = f.get(1).strip();
      int year = Integer.parseInt(f.get(2).strip());
      String regionId = region.contains(" (") ? region.substring(0, region.indexOf(" (")) : region;
      list.add(EmissionFactor.builder()
          .id("CN-" + series + "-" + regionId + "-" + year)
          .key("electricity.grid." + series)
          .gas(GreenhouseGas.CO2)
          .value(new BigDecimal(f.get(3).strip()))
          .unit(units.byCode("t"))
          .perUnit(units.byCode("MWh"))
          .region(region)
          .dataYear(year)
          .provenance(Provenance.builder().publisher(f.get(4).strip()).document(f.get(5).strip())
              .status(SourceStatus.parse(f.get(6))).build())
          .build());
    }
    return List.copyOf(list);
  }

  private static EmissionFactor heatDefault() {
    UnitRegistry units = UnitRegistry.standard();
    return EmissionFactor.builder()
        .id("CN-heat-default")
        .key(HEAT_KEY)
        .gas(GreenhouseGas.CO2)
        .value(new BigDecimal("0.11"))
        .unit(units.byCode("t"))
        .perUnit(units.byCode("GJ"))
        .provenance(Provenance.builder().publisher("MEE")
            .document("Supplementary data tables for enterprise GHG reporting")
            .edition("2019")
            .status(SourceStatus.SINGLE_SOURCE)
            .note("default where supplier data are unavailable; kept in GB/T 32150-2025;"
                + " the reference data state no confirmation status")
            .build())
        .build();
  }

  static List<FuelParameters> loadFuels() {
    List<FuelParameters> list = new ArrayList<>();
    for (Csv.Row row : rows("china-fuel-defaults.csv")) {
      List<String> f = row.fields();
      String en = f.get(1).strip();
      String ncvUnit = f.get(3).strip();
      int slash = ncvUnit.indexOf('/');
      String statusText = f.get(6).strip();
      SourceStatus status = statusText.contains("conflict") ? SourceStatus.CONFLICT
          : statusText.contains("single") ? SourceStatus.SINGLE_SOURCE : SourceStatus.CONFIRMED;
      Provenance.Builder p = Provenance.builder()
          .publisher("NDRC/MEE")
          .document("Enterprise GHG accounting guidelines, appendix: default values of common"
              + " fossil fuel parameters (GB/T 32150)")
          .edition("re-issue citing China Energy Statistical Yearbook 2023 and Provincial GHG"
              + " Inventory Guidelines (2025)")
          .status(status);
      if (!statusText.equals("confirmed")) {
        p.note(statusText);
      }
      list.add(FuelParameters.builder()
          .key(en.toLowerCase(Locale.ROOT).replace(' ', '-'))
          .nameZh(f.get(0).strip())
          .nameEn(en)
          .netCalorificValue(Rate.of(f.get(2), ncvUnit.substring(0, slash),
              ncvUnit.substring(slash + 1)))
          .carbonContent(Rate.of(f.get(4), "t", "TJ"))
          .oxidationRatePercent(new BigDecimal(f.get(5).strip()))
          .provenance(p.build())
          .build());
    }
    return List.copyOf(list);
  }

  /** The fuel defaults of the given key, if the reference data have them. */
  public static Optional<FuelParameters> fuelDefault(String key) {
    return Library.FUELS.stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
