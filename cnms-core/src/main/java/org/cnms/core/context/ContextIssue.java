package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An internal or external issue (内外部问题) relevant to the carbon-neutrality management system,
 * with its effect on it (T/CAS 612 clause 4.1): e.g. the dual-carbon policy, an emissions trading
 * scheme the organisation is covered by, a carbon tax, a voluntary scheme or an initiative it has
 * joined.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableContextIssue.class)
public abstract class ContextIssue implements Identified, WithContextIssue {

  @Override
  public abstract String id();

  /** Whether the issue is internal or external. */
  public abstract IssueKind kind();

  /** What the issue is about. */
  public abstract IssueTopic topic();

  /** The issue itself. */
  public abstract String description();

  /** Its effect on the management system and its intended results. */
  public abstract String effect();

  /** The date the issue was identified. */
  public abstract LocalDate identifiedOn();

  /** The date the issue was last reviewed, not before {@link #identifiedOn()}; if reviewed. */
  public abstract Optional<LocalDate> reviewedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContextIssue}; all attributes but {@code reviewedOn} are required.
   */
  public static final class Builder extends ImmutableContextIssue.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ContextIssue", "id", id());
    Checks.requireNonBlank("ContextIssue", "description", description());
    Checks.requireNonBlank("ContextIssue", "effect", effect());
    reviewedOn().ifPresent(r -> Checks.requireNotBefore("ContextIssue", "reviewedOn", r,
        "identifiedOn", identifiedOn()));
  }
}
