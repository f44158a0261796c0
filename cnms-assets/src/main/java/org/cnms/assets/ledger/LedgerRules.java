// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.List;
import java.util.Locale;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;

/**
 * The {@link LedgerRule}s of the carbon-asset ledger (T/CAS 612 clause 6.7), checked against the
 * state of a {@link SerialIndex} before an event is applied: an event that would break one is
 * refused with a {@link LedgerRuleException} that states the rule and quotes the event, registry
 * and serials, and nothing changes.
 */
final class LedgerRules {

  private LedgerRules() {}

  /**
   * Checks {@code event} against {@code index}.
   *
   * @throws LedgerRuleException if the event would break a rule
   */
  static void check(SerialIndex index, LedgerEvent event) {
    if (index.hasEventId(event.id())) {
      throw new LedgerRuleException(LedgerRule.UNIQUE_EVENT_ID, event.id(), "Event " + event.id()
          + " (" + event.type() + ") has the id of an event already in the ledger; event ids are"
          + " unique");
    }
    if (event instanceof UnitArrival a) {
      checkArrival(index, a);
    } else {
      checkMovement(index, (UnitMovement) event);
    }
  }

  private static String lower(UnitStatus s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static void checkArrival(SerialIndex index, UnitArrival a) {
    UnitBlock b = a.block();
    SerialRange r = b.serials();
    for (Piece p : index.overlapping(b.registry(), r.prefix(), r.start(), r.end())) {
      Piece c = p.clip(r.start(), r.end());
      String head = "Event " + a.id() + " (" + a.type() + ") brings in " + b.registry() + " " + r
          + ", but " + c.serials();
      if (p.status == UnitStatus.HELD) {
        throw new LedgerRuleException(LedgerRule.SERIAL_HELD_ONCE, a.id(), head
            + " are already held in account " + p.account + " (event " + p.eventId
            + "); a serial is held in one place only");
      }
      if (p.status.terminal()) {
        throw new LedgerRuleException(LedgerRule.FINAL_UNITS_NEVER_MOVE, a.id(), head + " were "
            + lower(p.status) + " by event " + p.eventId
            + "; surrendered, retired or cancelled units never move again");
      }
      if (a instanceof Issued) {
        throw new LedgerRuleException(LedgerRule.SERIAL_ISSUED_ONCE, a.id(), head
            + " were issued before and sold by event " + p.eventId
            + "; a serial is issued once only (buy it back with Acquired)");
      }
    }
  }

  private static void checkMovement(SerialIndex index, UnitMovement m) {
    SerialRange r = m.serials();
    List<Piece> pieces = index.overlapping(m.registry(), r.prefix(), r.start(), r.end());
    long heldCount = 0;
    long next = r.start();
    String problem = null;
    LedgerRule rule = LedgerRule.UNITS_HELD;
    for (Piece p : pieces) {
      Piece c = p.clip(r.start(), r.end());
      if (c.start > next && problem == null) {
        problem = SerialRange.of(r.prefix(), next, c.start - 1) + " are not held";
      }
      if (p.status == UnitStatus.HELD) {
        heldCount += c.size();
      } else if (problem == null
          || (p.status.terminal() && rule != LedgerRule.FINAL_UNITS_NEVER_MOVE)) {
        if (p.status.terminal()) {
          rule = LedgerRule.FINAL_UNITS_NEVER_MOVE;
          problem = c.serials() + " were " + lower(p.status) + " by event " + p.eventId
              + " and can never move again";
        } else {
          problem = c.serials() + " were sold by event " + p.eventId;
        }
      }
      next = c.end + 1;
    }
    if (next <= r.end() && problem == null) {
      problem = SerialRange.of(r.prefix(), next, r.end()) + " are not held";
    }
    if (problem != null) {
      throw new LedgerRuleException(rule, m.id(), "Event " + m.id() + " (" + m.type()
          + ") moves " + r.size() + " units " + m.registry() + " " + r + ", but only "
          + heldCount + " of them are held: " + problem);
    }
    if (m instanceof RetiredForClaim rc) {
      ReportingPeriod known = index.claimPeriod(rc.claimId());
      if (known != null && !known.equals(rc.claimPeriod())) {
        throw new LedgerRuleException(LedgerRule.ONE_PERIOD_PER_CLAIM, m.id(), "Event " + m.id()
            + " (" + m.type() + ") retires units for claim " + rc.claimId() + " with period "
            + rc.claimPeriod() + ", but earlier retirements for that claim name " + known);
      }
    }
  }
}
