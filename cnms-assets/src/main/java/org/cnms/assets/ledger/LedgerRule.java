package org.cnms.assets.ledger;

import org.cnms.core.Labelled;

/**
 * The invariants the carbon-asset ledger keeps (T/CAS 612 clause 6.7); an event that would break
 * one is rejected and the ledger stays as it was.
 */
public enum LedgerRule implements Labelled {
  /** Every event has an id no other event of the ledger has. */
  UNIQUE_EVENT_ID("事件编号唯一", "Event ids are unique"),
  /** Units can only be moved, sold or spent while held: no spending more than is held. */
  UNITS_HELD("只能处置持有的单位", "Only held units can be moved"),
  /** A serial is held in one place only. */
  SERIAL_HELD_ONCE("序列号只持有一次", "A serial is held once only"),
  /** A serial is issued or allocated once only. */
  SERIAL_ISSUED_ONCE("序列号只签发一次", "A serial is issued once only"),
  /** Surrendered, retired and cancelled units never move again; none counts in two claims. */
  FINAL_UNITS_NEVER_MOVE("已清缴、注销或作废的单位不得再处置",
      "Surrendered, retired or cancelled units never move"),
  /** All retirements for one claim name the same claim period. */
  ONE_PERIOD_PER_CLAIM("同一声明只有一个声明期", "One claim period per claim");

  private final String labelZh;
  private final String labelEn;

  LedgerRule(String labelZh, String labelEn) {
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
