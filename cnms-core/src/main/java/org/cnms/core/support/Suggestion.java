// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A suggestion for improving the carbon-neutrality management system or its performance, made by
 * a person working for the organisation and kept with the organisation's response (T/CAS 612
 * clause 7.4: encourage suggestions, respond, keep records).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSuggestion.class)
public abstract class Suggestion implements Identified, WithSuggestion {

  @Override
  public abstract String id();

  /** The date the suggestion was received. */
  public abstract LocalDate receivedOn();

  /** The id of the person who made it, unless anonymous. */
  public abstract Optional<String> fromPersonId();

  /** The suggestion. */
  public abstract String text();

  /** The response, dated not before {@link #receivedOn()}; empty while unanswered. */
  public abstract Optional<SuggestionResponse> response();

  /** Whether the suggestion has been answered. */
  public boolean answered() {
    return response().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Suggestion}; {@code id}, {@code receivedOn} and {@code text} are required. */
  public static final class Builder extends ImmutableSuggestion.Builder {}

  @Value.Check
  protected void check() {
    String t = "Suggestion";
    Checks.requireId(t, "id", id());
    fromPersonId().ifPresent(p -> Checks.requireId(t, "fromPersonId", p));
    Checks.requireNonBlank(t, "text", text());
    response().ifPresent(r -> Checks.requireNotBefore(t, "response.respondedOn", r.respondedOn(),
        "receivedOn", receivedOn()));
  }
}
