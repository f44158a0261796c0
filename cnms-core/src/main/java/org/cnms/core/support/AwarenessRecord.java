// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A record of raising awareness (意识) among persons working for the organisation (T/CAS 612
 * clause 7.3): a briefing, a campaign or a training session, the audience, what it covered, and
 * how many took part. Clause 7.3 asks for no record: people's awareness is judged by an auditor,
 * and a record such as this is supporting evidence only.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAwarenessRecord.class)
public abstract class AwarenessRecord implements Identified, WithAwarenessRecord {

  @Override
  public abstract String id();

  /** The date of the activity. */
  public abstract LocalDate date();

  /** Who it was for, e.g. {@code 一车间全体员工}. */
  public abstract String audience();

  /** What it made the audience aware of; at least one, each once. */
  public abstract List<AwarenessTopic> topics();

  /** How many persons took part; zero or more. */
  public abstract int participantCount();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AwarenessRecord}; {@code id}, {@code date}, {@code audience}, a topic and
   * {@code participantCount} are required.
   */
  public static final class Builder extends ImmutableAwarenessRecord.Builder {}

  @Value.Check
  protected void check() {
    String t = "AwarenessRecord";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "audience", audience());
    Checks.requireNonEmpty(t, "topics", topics());
    Checks.requireDistinct(t, "topics", topics(), x -> x);
    if (participantCount() < 0) {
      throw new IllegalArgumentException(t + ".participantCount must not be negative, but was "
          + participantCount());
    }
  }
}
