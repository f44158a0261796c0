// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One entry of the carbon-asset ledger (T/CAS 612 clause 6.7): an event, its position, and its
 * link in the hash chain that makes the ledger tamper-evident.
 *
 * <p>{@code hash} is the SHA-256, in lower-case hex, of what its {@linkplain #chain() chain
 * version} says. Version {@value #CHAIN_V2}, written by this library: the UTF-8 bytes of the RFC
 * 8785 (JSON Canonicalization Scheme) form of the entry without its {@code hash},
 * {@code {"chain":2,"event":{…},"index":…,"previousHash":"…"}}, which any JCS implementation in any
 * language recomputes (the rule and worked vectors are in {@code docs/ledger-hash-chain.md}).
 * Version {@value #CHAIN_V1}, of ledgers written before: {@code index + "\n" + previousHash + "\n"}
 * followed by the event's JSON as this library's Jackson set-up writes it; such entries carry no
 * {@code chain} field and still verify. The first entry's {@code previousHash} is {@link #GENESIS}
 * (64 zeros). One entry is one line of the ledger's JSON Lines form.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLedgerEntry.class)
@JsonPropertyOrder({"chain", "index", "previousHash", "hash", "event"})
public abstract class LedgerEntry implements WithLedgerEntry {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  /** The first chain version: hashes over this library's Jackson encoding of the event. */
  public static final int CHAIN_V1 = 1;

  /** The chain version of entries appended now: hashes over the RFC 8785 form of the entry. */
  public static final int CHAIN_V2 = 2;

  /**
   * The chain version the entry's hash follows: {@value #CHAIN_V1} if its JSON has no
   * {@code chain} field (ledgers written before version 2), else {@value #CHAIN_V2}. The JSON
   * omits it for version 1, so old lines read and write back byte for byte.
   */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ChainV1Filter.class)
  public int chain() {
    return CHAIN_V1;
  }

  /** Leaves {@code chain} out of the JSON of version-1 entries. */
  static final class ChainV1Filter {
    @Override
    public boolean equals(Object value) {
      return value instanceof Integer && (Integer) value == CHAIN_V1;
    }

    @Override
    public int hashCode() {
      return CHAIN_V1;
    }
  }


  /** The position of the entry, counted from 0. */
  public abstract long index();

  /** The hash of the entry before, or {@link #GENESIS} for the first. */
  public abstract String previousHash();

  /** The hash of this entry. */
  public abstract String hash();

  /** The event. */
  public abstract LedgerEvent event();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEntry}; every attribute is required. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {}

  @Value.Check
  protected void check() {
    if (index() < 0) {
      throw new IllegalArgumentException("LedgerEntry.index must not be negative, but was "
          + index());
    }
    if (chain() != CHAIN_V1 && chain() != CHAIN_V2) {
      throw new IllegalArgumentException("LedgerEntry.chain must be " + CHAIN_V1 + " or "
          + CHAIN_V2 + ", but was " + chain() + " at index " + index());
    }
    if (!Checks.isLowerHex(previousHash(), 64)) {
      throw new IllegalArgumentException("LedgerEntry.previousHash must be 64 lower-case hex"
          + " digits, but was '" + previousHash() + "' at index " + index());
    }
    if (!Checks.isLowerHex(hash(), 64)) {
      throw new IllegalArgumentException("LedgerEntry.hash must be 64 lower-case hex digits, but"
          + " was '" + hash() + "' at index " + index());
    }
  }
}
