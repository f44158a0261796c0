// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * A greenhouse gas species of the Kyoto basket (T/CAS 612 clause 3.1), as it appears on an
 * inventory line: the gases themselves, and the HFCs and PFCs met in practice.
 *
 * <p>Methane is split as IPCC AR6 requires: {@link #CH4} is non-fossil (or generic) methane,
 * {@link #CH4_FOSSIL} is methane of fossil origin. Earlier assessment reports give both the same
 * GWP. Refrigerant blends are not species: see {@link RefrigerantBlend}.
 *
 * <p>Each species has a {@linkplain #code() code} ({@code CO2}, {@code HFC-134a}, {@code CF4}) that
 * is its name in JSON, YAML and CSV; {@link #parse(String)} also accepts the chemical formula, the
 * enum name and the common synonyms (PFC-14 for CF₄, PFC-116 for C₂F₆).
 */
public enum GreenhouseGas implements Labelled {
  /** Carbon dioxide, CO₂. */
  CO2("CO2", "CO2", GasFamily.CO2),
  /** Methane of non-fossil origin, or methane where origin is not distinguished, CH₄. */
  CH4("CH4", "CH4", GasFamily.CH4),
  /** Methane of fossil origin (IPCC AR6 gives it a higher GWP), CH₄. */
  CH4_FOSSIL("CH4-fossil", "CH4", GasFamily.CH4),
  /** Nitrous oxide, N₂O. */
  N2O("N2O", "N2O", GasFamily.N2O),
  /** HFC-23, CHF₃. */
  HFC_23("HFC-23", "CHF3", GasFamily.HFCS),
  /** HFC-32, CH₂F₂. */
  HFC_32("HFC-32", "CH2F2", GasFamily.HFCS),
  /** HFC-125, CHF₂CF₃. */
  HFC_125("HFC-125", "CHF2CF3", GasFamily.HFCS),
  /** HFC-134a, CH₂FCF₃. */
  HFC_134A("HFC-134a", "CH2FCF3", GasFamily.HFCS),
  /** HFC-143a, CH₃CF₃. */
  HFC_143A("HFC-143a", "CH3CF3", GasFamily.HFCS),
  /** HFC-152a, CH₃CHF₂. */
  HFC_152A("HFC-152a", "CH3CHF2", GasFamily.HFCS),
  /** HFC-227ea, CF₃CHFCF₃. */
  HFC_227EA("HFC-227ea", "CF3CHFCF3", GasFamily.HFCS),
  /** HFC-236fa, CF₃CH₂CF₃. */
  HFC_236FA("HFC-236fa", "CF3CH2CF3", GasFamily.HFCS),
  /** HFC-245fa, CHF₂CH₂CF₃. */
  HFC_245FA("HFC-245fa", "CHF2CH2CF3", GasFamily.HFCS),
  /** PFC-14, tetrafluoromethane, CF₄. */
  CF4("CF4", "CF4", GasFamily.PFCS),
  /** PFC-116, hexafluoroethane, C₂F₆. */
  C2F6("C2F6", "C2F6", GasFamily.PFCS),
  /** Sulphur hexafluoride, SF₆. */
  SF6("SF6", "SF6", GasFamily.SF6),
  /** Nitrogen trifluoride, NF₃. */
  NF3("NF3", "NF3", GasFamily.NF3);

  private static final Map<String, GreenhouseGas> BY_NAME = Arrays.stream(values())
      .flatMap(g -> java.util.stream.Stream.of(
          Map.entry(key(g.code), g), Map.entry(key(g.name()), g)))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue,
          (a, b) -> a));

  private static final Map<String, GreenhouseGas> SYNONYMS = Map.ofEntries(
      Map.entry(key("PFC-14"), CF4),
      Map.entry(key("PFC-116"), C2F6),
      Map.entry(key("R-23"), HFC_23),
      Map.entry(key("R-32"), HFC_32),
      Map.entry(key("R-125"), HFC_125),
      Map.entry(key("R-134a"), HFC_134A),
      Map.entry(key("R-143a"), HFC_143A),
      Map.entry(key("R-152a"), HFC_152A),
      Map.entry(key("R-227ea"), HFC_227EA),
      Map.entry(key("R-236fa"), HFC_236FA),
      Map.entry(key("R-245fa"), HFC_245FA),
      Map.entry(key("CHF3"), HFC_23),
      Map.entry(key("CH2F2"), HFC_32),
      Map.entry(key("CHF2CF3"), HFC_125),
      Map.entry(key("CH2FCF3"), HFC_134A),
      Map.entry(key("CH3CF3"), HFC_143A),
      Map.entry(key("CH3CHF2"), HFC_152A),
      Map.entry(key("CF3CHFCF3"), HFC_227EA),
      Map.entry(key("CF3CH2CF3"), HFC_236FA),
      Map.entry(key("CHF2CH2CF3"), HFC_245FA));

  private final String code;
  private final String formula;
  private final GasFamily family;

  GreenhouseGas(String code, String formula, GasFamily family) {
    this.code = code;
    this.formula = formula;
    this.family = family;
  }

  /** The code of this species in interchange formats, e.g. {@code HFC-134a}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The chemical formula in ASCII, e.g. {@code CH2FCF3}. */
  public String formula() {
    return formula;
  }

  /** The Kyoto family of clause 3.1 this species belongs to. */
  public GasFamily family() {
    return family;
  }

  @Override
  public String toString() {
    return code;
  }

  /**
   * Reads a species from its code, enum name, chemical formula or a common synonym, ignoring case
   * and the difference between {@code -} and {@code _}.
   *
   * @param text the name to read, not null
   * @return the species
   * @throws IllegalArgumentException if no species has that name
   */
  @JsonCreator
  public static GreenhouseGas parse(String text) {
    String k = key(text);
    GreenhouseGas gas = BY_NAME.get(k);
    if (gas == null) {
      gas = SYNONYMS.get(k);
    }
    if (gas == null) {
      throw new IllegalArgumentException("Unknown greenhouse gas '" + text + "'; known: "
          + Arrays.stream(values()).map(GreenhouseGas::code).collect(Collectors.joining(", ")));
    }
    return gas;
  }

  private static String key(String text) {
    return text.trim().replace('_', '-').replace("₂", "2").replace("₃", "3").replace("₄", "4")
        .replace("₆", "6").toUpperCase(Locale.ROOT);
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
