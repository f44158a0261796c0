// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * The analysis of a serious deviation (严重偏离) of performance results, T/CAS 612 clause 9.1.1 b):
 * why a {@link MonitoringResult} departed seriously from what was expected — possibly (可能) one of
 * the causes of b) 1)–4) — and the actions taken to limit the consequences. An analysis without
 * actions is valid here and reported by the conformity engine.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeviationAnalysis.class)
public abstract class DeviationAnalysis implements Identified, WithDeviationAnalysis {

  @Override
  public abstract String id();

  /** The id of the {@link MonitoringResult} whose deviation was analysed. */
  public abstract String monitoringResultId();

  /** The kind of cause found, one of the possible causes of clause 9.1.1 b) 1)–4), if recorded. */
  public abstract Optional<DeviationCause> cause();

  /** What was found, in words. */
  public abstract String description();

  /** The actions taken or decided on, each a non-blank text. */
  public abstract List<String> actions();

  /** The date of the analysis. */
  public abstract LocalDate analysedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DeviationAnalysis}; all attributes but {@code cause} and {@code actions} are
   * required.
   */
  public static final class Builder extends ImmutableDeviationAnalysis.Builder {}

  @Value.Check
  protected void check() {
    String t = "DeviationAnalysis";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "monitoringResultId", monitoringResultId());
    Checks.requireNonBlank(t, "description", description());
    ListChecks.requireTexts(t, "actions", actions());
  }
}
