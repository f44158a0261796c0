package org.cnms.assets.unit;

import org.cnms.core.Labelled;

/**
 * Where the reduction or removal behind a unit took place, relative to the organisation's
 * boundary (T/CAS 612 clause 3.1): carbon neutrality may only be claimed with units from
 * <em>outside</em> the organisation's own operations.
 */
public enum Origin implements Labelled {
  /** From a project or scheme outside the organisational boundary. */
  OUTSIDE_BOUNDARY("组织边界外", "Outside the organisational boundary"),
  /** From the organisation's own operations, inside its boundary. */
  INSIDE_BOUNDARY("组织边界内", "Inside the organisational boundary");

  private final String labelZh;
  private final String labelEn;

  Origin(String labelZh, String labelEn) {
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
