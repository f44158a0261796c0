package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * A design review (设计评审) of T/CAS 612 clause 8.2: the record that the design of new or modified
 * equipment, facilities, processes or information systems that can significantly affect the
 * carbon-neutrality target considered the opportunities to improve performance, or that a new
 * product was eco-designed to cut its life-cycle emissions.
 *
 * <p>The {@linkplain #expectedReduction() expected reduction} is a decrease of emissions; a
 * negative value records an expected increase. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDesignReview.class)
public abstract class DesignReview implements Identified, WithDesignReview {

  @Override
  public abstract String id();

  /** What was designed, e.g. {@code 2号窑余热发电改造}. */
  public abstract String subject();

  /** The kind of design. */
  public abstract DesignReviewKind kind();

  /** The date of the review. */
  public abstract LocalDate reviewedOn();

  /** The improvement opportunities considered, each a non-blank text. */
  public abstract List<String> opportunitiesConsidered();

  /** The expected reduction of emissions per year, if estimated; negative for an increase. */
  public abstract Optional<Co2e> expectedReduction();

  /** The decision taken on the design. */
  public abstract String decision();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DesignReview}; {@code id}, {@code subject}, {@code kind}, {@code reviewedOn}
   * and {@code decision} are required.
   */
  public static final class Builder extends ImmutableDesignReview.Builder {}

  @Value.Check
  protected void check() {
    String t = "DesignReview";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "subject", subject());
    ListChecks.requireTexts(t, "opportunitiesConsidered", opportunitiesConsidered());
    Checks.requireNonBlank(t, "decision", decision());
  }
}
