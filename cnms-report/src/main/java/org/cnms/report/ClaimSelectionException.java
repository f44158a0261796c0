// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the neutrality claim a report balances cannot be chosen: the claim named is not
 * known, or the latest year has several claims and none was named. Carries the claim asked for
 * (null when none was named) and the candidates.
 */
public final class ClaimSelectionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String requested;
  private final List<String> candidates;

  /**
   * A claim that cannot be chosen.
   *
   * @param requested the claim asked for, or null when none was named
   * @param candidates the claims that could be named, not null
   * @param message the sentence saying why, not null
   */
  public ClaimSelectionException(@Nullable String requested, List<String> candidates,
      String message) {
    super(message);
    this.requested = requested;
    this.candidates = List.copyOf(candidates);
  }

  /** The claim asked for, or null when none was named. */
  public @Nullable String requested() {
    return requested;
  }

  /** The claims that could be named. */
  public List<String> candidates() {
    return candidates;
  }
}
