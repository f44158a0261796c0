package org.cnms.core.ghg;

import org.cnms.core.Labelled;

/**
 * A scope of the GHG Protocol Corporate Standard, the classification many ERP systems and
 * international reports use beside the six categories of T/CAS 612 clause 6.2.1 (see {@link
 * EmissionCategory#scope()}).
 */
public enum GhgScope implements Labelled {
  /** Scope 1: direct emissions from sources owned or controlled by the organisation. */
  SCOPE_1("范围一", "Scope 1"),
  /** Scope 2: indirect emissions from purchased electricity, steam, heat and cooling. */
  SCOPE_2("范围二", "Scope 2"),
  /** Scope 3: all other indirect emissions in the value chain. */
  SCOPE_3("范围三", "Scope 3");

  private final String labelZh;
  private final String labelEn;

  GhgScope(String labelZh, String labelEn) {
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
