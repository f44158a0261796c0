// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the planning of actions to achieve GHG objectives and targets determines (T/CAS 612 clause
 * 6.6.3 a)–e)), in the clause's order: each is a field of an {@link ActionPlan}.
 */
public enum ActionPlanItem implements ClauseItem {
  /** a) What will be done (要做什么): {@link ActionPlan#description()}. */
  WHAT,
  /** b) Which resources are needed (需要什么资源): {@link ActionPlan#resources()}. */
  RESOURCES,
  /** c) Who is responsible (由谁负责): {@link ActionPlan#responsible()}. */
  RESPONSIBLE,
  /** d) The schedule (时间进度): {@link ActionPlan#dueDate()}. */
  SCHEDULE,
  /**
   * e) How and when the results are verified (验证结果的方法和时机): {@link
   * ActionPlan#verificationMethod()}.
   */
  VERIFICATION;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
