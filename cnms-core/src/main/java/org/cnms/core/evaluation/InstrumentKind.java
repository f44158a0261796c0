package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The kinds of monitoring and measuring equipment (监视和测量设备) of T/CAS 612 clause 9.1.3.
 */
public enum InstrumentKind implements Labelled {
  /** An electricity meter. */
  ELECTRICITY_METER("电能表", "Electricity meter"),
  /** A gas meter. */
  GAS_METER("燃气表", "Gas meter"),
  /** A flow meter for liquids, steam or gases. */
  FLOW_METER("流量计", "Flow meter"),
  /** A heat meter. */
  HEAT_METER("热量表", "Heat meter"),
  /** A weighbridge or other scale. */
  WEIGHBRIDGE("地磅", "Weighbridge"),
  /** A fuel dispenser. */
  FUEL_DISPENSER("加油机", "Fuel dispenser"),
  /** A gas analyser, e.g. of a continuous emission monitoring system. */
  GAS_ANALYSER("气体分析仪", "Gas analyser"),
  /** Other equipment. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  InstrumentKind(String labelZh, String labelEn) {
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
