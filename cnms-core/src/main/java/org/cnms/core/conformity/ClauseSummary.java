// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The findings of a conformity assessment counted for one top-level clause of T/CAS 612 (4 to 10):
 * how many requirements conform, how many carry a nonconformity, an observation, a request for
 * auditor evidence or a rule error. A requirement counts once, with its worst verdict.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClauseSummary.class)
public abstract class ClauseSummary implements WithClauseSummary {

  /** The clause, 4 to 10 (or a vendor scheme's clause number). */
  public abstract int clause();

  /** Number of requirements per worst verdict. */
  public abstract Map<Verdict, Integer> requirementsByVerdict();

  /** The number of requirements with the given worst verdict. */
  public int count(Verdict verdict) {
    return requirementsByVerdict().getOrDefault(verdict, 0);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClauseSummary}. */
  public static final class Builder extends ImmutableClauseSummary.Builder {}
}
