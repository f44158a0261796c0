// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of verifying the hash chain of a carbon-asset ledger (T/CAS 612 clauses 6.7 and
 * 7.5.3, the integrity of documented information): intact, or the first altered entry with its
 * index, event id and what is wrong with it.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLedgerVerification.class)
public abstract class LedgerVerification implements WithLedgerVerification {

  /** How many entries were checked before the first problem, or in all. */
  public abstract long entriesChecked();

  /** The index of the first altered entry, if any. */
  public abstract Optional<Long> firstAlteredIndex();

  /** The event id of that entry, if it could be read. */
  public abstract Optional<String> firstAlteredEventId();

  /** What is wrong with it. */
  public abstract Optional<String> problem();

  /** The hash of the last entry, if the chain is intact and not empty. */
  public abstract Optional<String> headHash();

  /** Whether the chain is intact. */
  public boolean intact() {
    return firstAlteredIndex().isEmpty();
  }

  /** Throws {@link LedgerTamperedException} naming the first altered entry, if any. */
  public void throwIfAltered() {
    if (!intact()) {
      throw new LedgerTamperedException(firstAlteredIndex().get(),
          firstAlteredEventId().orElse(null), problem().orElse("altered"));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerVerification}; {@code entriesChecked} is required. */
  public static final class Builder extends ImmutableLedgerVerification.Builder {}
}
