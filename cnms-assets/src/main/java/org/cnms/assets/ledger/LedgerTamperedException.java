// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the hash chain of a carbon-asset ledger (T/CAS 612 clause 6.7) does not verify,
 * e.g. on import: it names the first altered entry by its index and its event id.
 */
public final class LedgerTamperedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final long index;
  private final @Nullable String eventId;

  /**
   * @param index the index of the first altered entry
   * @param eventId its event id, or null if the entry could not be read
   * @param message the full message
   */
  public LedgerTamperedException(long index, @Nullable String eventId, String message) {
    super(message);
    this.index = index;
    this.eventId = eventId;
  }

  /** The index of the first altered entry. */
  public long index() {
    return index;
  }

  /** The event id of that entry, if it could be read. */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }
}
