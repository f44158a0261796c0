// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

/**
 * Thrown when an event would break a {@link LedgerRule} of the carbon-asset ledger (T/CAS 612
 * clause 6.7). The ledger is left exactly as it was. The message states the rule and quotes the
 * event, the registry and the serials concerned; the same facts are kept as fields.
 */
public final class LedgerRuleException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final LedgerRule rule;
  private final String eventId;

  /**
   * @param rule the rule the event would break
   * @param eventId the id of the rejected event
   * @param message the full message
   */
  public LedgerRuleException(LedgerRule rule, String eventId, String message) {
    super(message);
    this.rule = rule;
    this.eventId = eventId;
  }

  /** The rule the event would break. */
  public LedgerRule rule() {
    return rule;
  }

  /** The id of the rejected event. */
  public String eventId() {
    return eventId;
  }
}
