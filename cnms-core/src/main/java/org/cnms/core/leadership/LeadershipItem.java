// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The ways top management shows its leadership of and commitment to the carbon-neutrality
 * management system, items a) to k) of T/CAS 612 clause 5.1, in its order.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum LeadershipItem implements ClauseItem {
  /** a) Makes sure the scope and boundary of the management system are made clear. */
  SCOPE_AND_BOUNDARY,
  /** b) Makes sure the policy and targets are set and fit the strategic direction. */
  POLICY_AND_TARGETS,
  /** c) Makes sure the system's requirements are built into the relevant business processes. */
  INTEGRATION_INTO_BUSINESS_PROCESSES,
  /** d) Makes sure action plans are approved and carried out. */
  ACTION_PLANS,
  /** e) Makes sure the resources the system needs are provided. */
  RESOURCES,
  /**
   * f) Tells employees why effective carbon-neutrality management and meeting the system's
   * requirements matter.
   */
  COMMUNICATION_WITH_EMPLOYEES,
  /** g) Makes sure the system achieves its intended results. */
  INTENDED_RESULTS,
  /**
   * h) Makes sure a carbon-neutrality management team is formed and relevant managers are placed
   * at every level of the organisation.
   */
  MANAGEMENT_TEAM_AND_MANAGERS,
  /** i) Guides and supports employees to add to the system's effectiveness and performance. */
  GUIDE_AND_SUPPORT_EMPLOYEES,
  /** j) Supports other relevant managers in showing leadership in their own areas. */
  SUPPORT_OTHER_MANAGERS,
  /**
   * k) Makes sure a process exists and runs to identify and handle changes, within the scope and
   * boundary, that affect the system or its performance.
   */
  CHANGES;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
