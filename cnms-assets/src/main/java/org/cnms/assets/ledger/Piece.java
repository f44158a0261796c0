// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.UnitBlock;
import org.jspecify.annotations.Nullable;

/** A maximal range of units of one block in one state: the ledger's unit index entry. */
final class Piece {

  final long start;
  final long end;
  final UnitBlock block;
  final HoldingKey key;
  final UnitStatus status;
  final @Nullable String account;
  final @Nullable UnitPrice cost;
  final String eventId;
  final @Nullable String claimId;
  final @Nullable Integer complianceYear;

  Piece(long start, long end, UnitBlock block, HoldingKey key, UnitStatus status,
      @Nullable String account, @Nullable UnitPrice cost, String eventId,
      @Nullable String claimId, @Nullable Integer complianceYear) {
    this.start = start;
    this.end = end;
    this.block = block;
    this.key = key;
    this.status = status;
    this.account = account;
    this.cost = cost;
    this.eventId = eventId;
    this.claimId = claimId;
    this.complianceYear = complianceYear;
  }

  long size() {
    return end - start + 1;
  }

  Piece clip(long s, long e) {
    return new Piece(Math.max(s, start), Math.min(e, end), block, key, status, account, cost,
        eventId, claimId, complianceYear);
  }

  Piece moved(UnitStatus newStatus, @Nullable String newAccount, String byEvent,
      @Nullable String claim, @Nullable Integer year) {
    return new Piece(start, end, block, key, newStatus, newAccount, cost, byEvent, claim, year);
  }

  SerialRange serials() {
    return SerialRange.of(block.serials().prefix(), start, end);
  }

  UnitBlock subBlock() {
    return block.serials().start() == start && block.serials().end() == end ? block
        : block.withSerials(serials());
  }

  UnitState toState() {
    UnitState.Builder b = UnitState.builder();
    b.block(subBlock()).status(status).eventId(eventId);
    if (account != null) {
      b.account(account);
    }
    if (cost != null) {
      b.cost(cost);
    }
    if (claimId != null) {
      b.claimId(claimId);
    }
    if (complianceYear != null) {
      b.complianceYear(complianceYear);
    }
    return b.build();
  }
}
