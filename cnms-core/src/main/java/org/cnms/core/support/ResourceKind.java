package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * The kinds of resource the management system needs (T/CAS 612 clause 7.1).
 */
public enum ResourceKind implements Labelled {
  /** Competent people. */
  PEOPLE("人力资源", "People"),
  /** Infrastructure. */
  INFRASTRUCTURE("基础设施", "Infrastructure"),
  /** Information systems, e.g. an energy or carbon management platform. */
  INFORMATION_SYSTEM("信息系统", "Information system"),
  /** Monitoring and measuring equipment. */
  MONITORING_EQUIPMENT("监视和测量设备", "Monitoring and measuring equipment"),
  /** Knowledge: accounting methods, technology. */
  KNOWLEDGE("知识", "Knowledge"),
  /** Financial resources. */
  FINANCE("财务资源", "Finance"),
  /** Communication channels. */
  COMMUNICATION_CHANNEL("沟通渠道", "Communication channel");

  private final String labelZh;
  private final String labelEn;

  ResourceKind(String labelZh, String labelEn) {
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
