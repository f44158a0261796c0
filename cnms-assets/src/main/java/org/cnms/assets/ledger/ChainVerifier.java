// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks the hash chain of a carbon-asset ledger (T/CAS 612 clauses 6.7 and 7.5.3) entry by entry,
 * from index 0, without replaying the events: each entry's index, its hash recomputed from its
 * content under its {@linkplain LedgerEntry#chain() chain version}, its link to the entry before,
 * and that chain versions never go down. It names the first altered entry.
 *
 * <p>Streaming: it keeps only the previous entry's hash, so a chain of any length verifies in
 * constant memory. Not thread-safe; one verifier per walk.
 */
public final class ChainVerifier {

  /** Which entry a broken link is blamed on. */
  enum Blame {
    /** The entry being checked: its content, index or link is wrong. */
    THIS_ENTRY,
    /**
     * The entry before it: the checked entry is intact but names a previous hash the entry
     * before no longer has, so that entry was rewritten together with its hash.
     */
    PREVIOUS_ENTRY
  }

  /** What is wrong at one point of the chain, and which entry it is blamed on. */
  record Fault(Blame blame, String problem) {}

  private String previous = LedgerEntry.GENESIS;
  private @Nullable String previousId;
  private int previousChain = LedgerEntry.CHAIN_V1;
  private long index;

  /** A verifier at the start of a chain. */
  public ChainVerifier() {}

  /**
   * A verifier that continues a chain already verified up to {@code head}: the next entry it
   * accepts must have index {@code head.size()} and name {@code head.hash()}.
   *
   * @param head the verified head, not null
   * @param chain the chain version of the head entry ({@link LedgerEntry#CHAIN_V1} if empty)
   * @return the verifier
   */
  public static ChainVerifier continuing(LedgerHead head, int chain) {
    ChainVerifier v = new ChainVerifier();
    v.previous = head.hash();
    v.index = head.size();
    v.previousChain = chain;
    return v;
  }

  /**
   * Checks the next entry of the chain.
   *
   * @param e the entry, not null
   * @return empty if it is intact (the verifier moves on), else the verification naming the first
   *     altered entry (the verifier then stays where it is)
   */
  public Optional<LedgerVerification> accept(LedgerEntry e) {
    Fault f = fault(e);
    if (f != null) {
      return Optional.of(f.blame() == Blame.PREVIOUS_ENTRY
          ? altered(index, index - 1, previousId, f.problem())
          : altered(index, index, e.event().id(), f.problem()));
    }
    previous = e.hash();
    previousId = e.event().id();
    previousChain = e.chain();
    index++;
    return Optional.empty();
  }

  /**
   * The verification of the next entry, which could not be read.
   *
   * @param why why it could not be read, not null
   * @return the verification naming it
   */
  public LedgerVerification unreadable(String why) {
    return altered(index, index, null, "it cannot be read: " + why);
  }

  /** The verification of the entries accepted so far, all intact. */
  public LedgerVerification intact() {
    LedgerVerification.Builder b = LedgerVerification.builder().entriesChecked(index);
    if (index > 0) {
      b.headHash(previous);
    }
    return b.build();
  }

  /** The number of entries accepted. */
  public long checked() {
    return index;
  }

  private @Nullable Fault fault(LedgerEntry e) {
    long i = index;
    if (e.index() != i) {
      return new Fault(Blame.THIS_ENTRY, "its index is " + e.index() + " but it is entry " + i);
    }
    if (e.chain() < previousChain) {
      return new Fault(Blame.THIS_ENTRY, "its chain version " + e.chain() + " follows version "
          + previousChain + "; versions never go down");
    }
    String recomputed;
    try {
      recomputed = ChainHashing.recompute(e);
    } catch (IllegalArgumentException ex) {
      return new Fault(Blame.THIS_ENTRY, "it cannot be hashed: " + ex.getMessage());
    }
    if (!recomputed.equals(e.hash())) {
      return new Fault(Blame.THIS_ENTRY, "its content does not match its hash " + e.hash());
    }
    if (!e.previousHash().equals(previous)) {
      return i == 0
          ? new Fault(Blame.THIS_ENTRY, "it names previous hash " + e.previousHash()
              + " instead of the genesis")
          : new Fault(Blame.PREVIOUS_ENTRY, "it was rewritten with a new hash; entry " + i
              + " still names its original hash " + e.previousHash());
    }
    return null;
  }

  private static LedgerVerification altered(long checked, long index, @Nullable String id,
      String problem) {
    LedgerVerification.Builder b = LedgerVerification.builder().entriesChecked(checked)
        .firstAlteredIndex(index).problem("Entry " + index
            + (id == null ? "" : " (event " + id + ")") + " was altered: " + problem);
    if (id != null) {
      b.firstAlteredEventId(id);
    }
    return b.build();
  }
}
