package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The ways top management shows leadership and commitment to the carbon-neutrality management
 * system, items a) to k) of T/CAS 612 clause 5.1.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum LeadershipItem implements ClauseItem {
  /** a) Defines the scope and boundaries of the management system. */
  SCOPE_AND_BOUNDARIES,
  /** b) Sets the policy and objectives in line with the organisation's strategic direction. */
  POLICY_AND_OBJECTIVES,
  /** c) Integrates the management system into the business processes. */
  INTEGRATION_INTO_BUSINESS_PROCESSES,
  /** d) Approves action plans and sees them implemented. */
  ACTION_PLANS_APPROVED,
  /** e) Makes the needed resources available. */
  RESOURCES_AVAILABLE,
  /** f) Communicates the importance of effective carbon-neutrality management. */
  COMMUNICATION_OF_IMPORTANCE,
  /** g) Ensures the management system achieves its intended results. */
  INTENDED_RESULTS,
  /** h) Promotes continual improvement. */
  CONTINUAL_IMPROVEMENT,
  /** i) Sets up a carbon-neutrality team at each level. */
  CARBON_NEUTRALITY_TEAM,
  /** j) Directs and supports persons, and other management roles, to contribute. */
  SUPPORT_OF_PERSONS_AND_ROLES,
  /** k) Ensures a process to handle changes that affect the management system. */
  PROCESS_FOR_CHANGES;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
