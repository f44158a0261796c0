// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The organisation's response to a suggestion for improvement (T/CAS 612 clause 7.4): when it
 * responded, what it said, and whether the suggestion was adopted.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSuggestionResponse.class)
public abstract class SuggestionResponse implements WithSuggestionResponse {

  /** The date of the response. */
  public abstract LocalDate respondedOn();

  /** The response. */
  public abstract String text();

  /** Whether the suggestion was adopted. */
  public abstract boolean adopted();

  /** A response on {@code respondedOn}. */
  public static SuggestionResponse of(LocalDate respondedOn, String text, boolean adopted) {
    return builder().respondedOn(respondedOn).text(text).adopted(adopted).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuggestionResponse}; all attributes are required. */
  public static final class Builder extends ImmutableSuggestionResponse.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("SuggestionResponse", "text", text());
  }
}
