package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * The analysis of a serious deviation (偏差分析) of T/CAS 612 clause 9.1.1: the cause found for the
 * deviation of a {@link MonitoringResult} — a boundary error, a missing or misused method,
 * unreliable data or another cause — and the actions taken on it.
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

  /** The cause found. */
  public abstract DeviationCause cause();

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

  /** Builds a {@link DeviationAnalysis}; all attributes but {@code actions} are required. */
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
