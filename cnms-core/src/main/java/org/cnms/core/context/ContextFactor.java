// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An external or internal factor (外部和内部因素) that bears on the carbon-neutrality management
 * system reaching its intended results (T/CAS 612 clause 4.1): e.g. the dual-carbon policy, an
 * emissions trading scheme, a carbon tax, a voluntary reduction scheme or an initiative joined.
 *
 * <p>Per factor the organisation is to be clear on its effect on the organisation and on meeting
 * its compliance and voluntary reduction obligations (4.1 a)), and on the interested parties it
 * affects or is affected by (4.1 b)). A factor that records neither is still a valid record: the
 * conformity assessment reports it.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableContextFactor.class)
public abstract class ContextFactor implements Identified, WithContextFactor {

  @Override
  public abstract String id();

  /** Whether the factor is external or internal. */
  public abstract FactorKind kind();

  /** Which of the example kinds of the note to 4.1 it is, if it is one of them. */
  public abstract Optional<FactorTopic> topic();

  /** The factor itself. */
  public abstract String description();

  /** Its effect on the organisation (4.1 a)), if recorded. */
  public abstract Optional<String> effect();

  /**
   * Its effect on how the organisation meets its compliance obligations and voluntary emission
   * reduction obligations (4.1 a)), if recorded.
   */
  public abstract Optional<String> obligationsEffect();

  /** The ids of the interested parties it affects or is affected by (4.1 b)), each once. */
  public abstract List<String> partyIds();

  /** The date the factor was identified. */
  public abstract LocalDate identifiedOn();

  /** The date the factor was last reviewed, not before {@link #identifiedOn()}; if reviewed. */
  public abstract Optional<LocalDate> reviewedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContextFactor}; {@code id}, {@code kind}, {@code description} and {@code
   * identifiedOn} are required.
   */
  public static final class Builder extends ImmutableContextFactor.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ContextFactor", "id", id());
    Checks.requireNonBlank("ContextFactor", "description", description());
    effect().ifPresent(e -> Checks.requireNonBlank("ContextFactor", "effect", e));
    obligationsEffect().ifPresent(e -> Checks.requireNonBlank("ContextFactor",
        "obligationsEffect", e));
    partyIds().forEach(p -> Checks.requireId("ContextFactor", "partyIds", p));
    Checks.requireDistinct("ContextFactor", "partyIds", partyIds(), p -> p);
    reviewedOn().ifPresent(r -> Checks.requireNotBefore("ContextFactor", "reviewedOn", r,
        "identifiedOn", identifiedOn()));
  }
}
