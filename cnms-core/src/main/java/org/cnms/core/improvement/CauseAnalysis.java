// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The analysis of a nonconformity (T/CAS 612 clause 10.2 b): its nature and cause, whether similar
 * nonconformities exist or could occur elsewhere, and whether action is needed so that it does not
 * recur, in proportion to its effects.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCauseAnalysis.class)
public abstract class CauseAnalysis implements WithCauseAnalysis {

  /** The cause found. */
  public abstract String cause();

  /** What was found about similar nonconformities elsewhere (e.g. {@code 其他厂区未发现}). */
  public abstract String similarNonconformitiesElsewhere();

  /** Whether corrective action is needed to prevent recurrence. */
  public abstract boolean actionNeeded();

  /** The date of the analysis. */
  public abstract LocalDate analysedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CauseAnalysis}; all attributes are required. */
  public static final class Builder extends ImmutableCauseAnalysis.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("CauseAnalysis", "cause", cause());
    Checks.requireNonBlank("CauseAnalysis", "similarNonconformitiesElsewhere",
        similarNonconformitiesElsewhere());
  }
}
