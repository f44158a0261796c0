// SPDX-License-Identifier: Apache-2.0
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
 * A record of design work (与设计活动相关的文件化信息, T/CAS 612 clause 8.2): for new or modified
 * equipment, facilities, systems or processes that can weigh significantly on the carbon
 * neutrality targets, the improvement opportunities the design weighed; for a new product or
 * service, how it follows eco-design (生态设计) to cut its life-cycle GHG emissions.
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

  /**
   * For a new product or service: how the design follows eco-design to cut life-cycle GHG
   * emissions, e.g. {@code 轻量化减重12%，再生铝比例50%}; if recorded.
   */
  public abstract Optional<String> ecoDesign();

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
    ecoDesign().ifPresent(e -> Checks.requireNonBlank(t, "ecoDesign", e));
    Checks.requireNonBlank(t, "decision", decision());
  }
}
