package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One entry of the carbon-asset ledger (T/CAS 612 clause 6.7): an event, its position, and its
 * link in the hash chain that makes the ledger tamper-evident.
 *
 * <p>{@code hash} is the SHA-256, in lower-case hex, of the UTF-8 bytes of
 * {@code index + "\n" + previousHash + "\n" + canonical(event)}, where {@code canonical(event)} is
 * the event's compact JSON with fields in alphabetical order. The first entry's
 * {@code previousHash} is {@link #GENESIS} (64 zeros). One entry is one line of the ledger's JSON
 * Lines export.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLedgerEntry.class)
@JsonPropertyOrder({"index", "previousHash", "hash", "event"})
public abstract class LedgerEntry implements WithLedgerEntry {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);


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
