package org.cnms.core.ghg;

import org.cnms.core.Labelled;

/**
 * The seven families of greenhouse gases that carbon neutrality covers (T/CAS 612 clause 3.1, the
 * Kyoto basket): CO₂, CH₄, N₂O, HFCs, PFCs, SF₆ and NF₃.
 */
public enum GasFamily implements Labelled {
  /** Carbon dioxide. */
  CO2("二氧化碳", "Carbon dioxide (CO₂)"),
  /** Methane. */
  CH4("甲烷", "Methane (CH₄)"),
  /** Nitrous oxide. */
  N2O("氧化亚氮", "Nitrous oxide (N₂O)"),
  /** Hydrofluorocarbons. */
  HFCS("氢氟碳化物", "Hydrofluorocarbons (HFCs)"),
  /** Perfluorocarbons. */
  PFCS("全氟碳化物", "Perfluorocarbons (PFCs)"),
  /** Sulphur hexafluoride. */
  SF6("六氟化硫", "Sulphur hexafluoride (SF₆)"),
  /** Nitrogen trifluoride. */
  NF3("三氟化氮", "Nitrogen trifluoride (NF₃)");

  private final String labelZh;
  private final String labelEn;

  GasFamily(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
