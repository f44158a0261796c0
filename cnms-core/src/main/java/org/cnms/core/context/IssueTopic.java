package org.cnms.core.context;

import org.cnms.core.Labelled;

/**
 * What a context issue is about (T/CAS 612 clause 4.1): the policies, markets, schemes and other
 * matters that bear on carbon neutrality.
 */
public enum IssueTopic implements Labelled {
  /** The national dual-carbon policy (carbon peaking and carbon neutrality). */
  DUAL_CARBON_POLICY("“双碳”政策", "Dual-carbon policy"),
  /** An emissions trading scheme. */
  EMISSIONS_TRADING("碳排放权交易", "Emissions trading"),
  /** A carbon tax or border adjustment. */
  CARBON_TAX("碳税", "Carbon tax"),
  /** A voluntary reduction scheme. */
  VOLUNTARY_SCHEME("自愿减排机制", "Voluntary scheme"),
  /** A requirement of the organisation's sector. */
  SECTOR_REQUIREMENT("行业要求", "Sector requirement"),
  /** An initiative the organisation has joined. */
  INITIATIVE("参与的倡议", "Initiative joined"),
  /** Technology, e.g. low-carbon processes becoming available. */
  TECHNOLOGY("技术", "Technology"),
  /** The market: customers, competitors, prices. */
  MARKET("市场", "Market"),
  /** Physical effects of climate change on the organisation. */
  CLIMATE_IMPACT("气候变化影响", "Climate impact"),
  /** Any other issue. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  IssueTopic(String labelZh, String labelEn) {
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
