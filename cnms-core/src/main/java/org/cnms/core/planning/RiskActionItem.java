// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the organisation plans about the actions to address risks and opportunities (T/CAS 612
 * clause 6.1.2 a)–c)), in the clause's order: each is evidenced by a field of a {@link RiskAction}.
 */
public enum RiskActionItem implements ClauseItem {
  /**
   * a) The actions to address the risks and opportunities (应对风险和机遇的措施), such as reduction and
   * removal measures: {@link RiskAction} itself.
   */
  ACTIONS,
  /**
   * b) How the actions are built into the running of the CNMS (运行过程中融入这些措施): {@link
   * RiskAction#process()}.
   */
  INTEGRATION,
  /**
   * c) How the effectiveness of the actions is evaluated (评价这些措施的有效性): {@link
   * RiskAction#evaluationMethod()}.
   */
  EFFECTIVENESS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
