// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The carbon-asset ledger (T/CAS 612 clause 6.7) as it was at one moment: its entries, head hash,
 * unit totals and holdings by type, vintage and registry. Taking one costs O(number of holding
 * keys); the entries are shared with the ledger, never copied, and never change.
 *
 * <p>Two snapshots are equal if they have the same number of entries, head hash, totals and
 * holdings — since the head hash seals every entry, equal snapshots hold the same history.
 *
 * <p>Immutable, thread-safe.
 */
public final class LedgerSnapshot {

  private final List<LedgerEntry> entries;
  private final String headHash;
  private final LedgerTotals totals;
  private final Map<HoldingKey, Long> holdings;

  LedgerSnapshot(List<LedgerEntry> entries, String headHash, LedgerTotals totals,
      Map<HoldingKey, Long> holdings) {
    this.entries = entries;
    this.headHash = headHash;
    this.totals = totals;
    this.holdings = holdings;
  }

  /** The entries, from index 0. */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /** The number of entries. */
  public long size() {
    return entries.size();
  }

  /** The hash of the last entry, or {@link LedgerEntry#GENESIS}. */
  public String headHash() {
    return headHash;
  }

  /** The unit totals. */
  public LedgerTotals totals() {
    return totals;
  }

  /** The units held per type, vintage and registry, in key order. */
  public Map<HoldingKey, Long> holdings() {
    return holdings;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LedgerSnapshot)) {
      return false;
    }
    LedgerSnapshot s = (LedgerSnapshot) o;
    return s.entries.size() == entries.size() && s.headHash.equals(headHash)
        && s.totals.equals(totals) && s.holdings.equals(holdings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries.size(), headHash, totals, holdings);
  }

  @Override
  public String toString() {
    return "LedgerSnapshot{size=" + entries.size() + ", head=" + headHash + ", totals=" + totals
        + ", holdings=" + holdings + "}";
  }
}
