package org.cnms.core.operation;

import org.cnms.core.Labelled;

/**
 * What an operational criterion (运行准则) of T/CAS 612 clause 8.1 governs: the operation or
 * maintenance of equipment, a process parameter, a requirement on an upstream or downstream party,
 * or communication.
 */
public enum OperationalCriterionKind implements Labelled {
  /** Operation of a facility or piece of equipment. */
  EQUIPMENT_OPERATION("设施设备运行", "Equipment operation"),
  /** Maintenance of a facility or piece of equipment. */
  MAINTENANCE("维护保养", "Maintenance"),
  /** A parameter of a process, e.g. a furnace temperature or a boiler excess-air ratio. */
  PROCESS_PARAMETER("工艺参数", "Process parameter"),
  /** A requirement on a supplier or another upstream or downstream party. */
  SUPPLIER_REQUIREMENT("对供应商及上下游相关方的要求", "Requirement on suppliers and other parties"),
  /** A criterion for internal or external communication. */
  COMMUNICATION("沟通", "Communication");

  private final String labelZh;
  private final String labelEn;

  OperationalCriterionKind(String labelZh, String labelEn) {
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
