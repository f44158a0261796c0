// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * Where a rule of a profile or a row of a table comes from: the citation, whether that source was
 * read and the rule confirmed from it, and a note (e.g. "as summarised by this project; the
 * standard's text was not read").
 *
 * <p>A rule is marked {@linkplain #confirmed() confirmed} only when its source text was read and
 * says what the rule does; everything else is unconfirmed, and a body should confirm it against
 * its own copy of the standard before relying on it. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRuleSource.class)
public abstract class RuleSource implements WithRuleSource {

  /** The citation, e.g. {@code ISO/IEC 17021-1:2015 9.6.2.2}. */
  public abstract String citation();

  /** Whether the rule was confirmed from the text of its source. */
  public abstract boolean confirmed();

  /** A note on how the rule was taken from the source; may be empty. */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * A source whose text was not read: the rule is taken from a summary.
   *
   * @param citation the citation, not blank
   * @param note how the rule was taken, not null
   * @return the source, unconfirmed
   */
  public static RuleSource unconfirmed(String citation, String note) {
    return builder().citation(citation).confirmed(false).note(note).build();
  }

  /**
   * A source whose text was read and says what the rule does.
   *
   * @param citation the citation, not blank
   * @return the source, confirmed
   */
  public static RuleSource confirmed(String citation) {
    return builder().citation(citation).confirmed(true).build();
  }

  /** {@code ISO/IEC 17021-1:2015 9.6.2.2 (unconfirmed)}. */
  @Override
  public String toString() {
    return citation() + (confirmed() ? " (confirmed)" : " (unconfirmed)");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSource}; {@code citation} and {@code confirmed} are required. */
  public static final class Builder extends ImmutableRuleSource.Builder {}

  @Value.Check
  protected void check() {
    if (citation().isBlank()) {
      throw new IllegalArgumentException("RuleSource: citation must not be blank");
    }
  }
}
