package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * A record of a change (变更) of T/CAS 612 clause 8.4: a planned change that was controlled and
 * whose results were verified, or an unintended change whose consequences were reviewed, of one of
 * the kinds (a) to (g) of the clause.
 *
 * <p>A change of kind (b) major sources and sinks or (e) baseline and methods can invalidate the
 * baseline; the conformity engine asks that such a change names the baseline-recalculation record
 * that checked it ({@link #baselineRecalculationId()}). Its absence is a finding, not an error
 * here. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableChangeRecord.class)
public abstract class ChangeRecord implements Identified, WithChangeRecord {

  @Override
  public abstract String id();

  /** The kind of change, item a to g of clause 8.4. */
  public abstract ChangeKind kind();

  /** Whether the change was planned ({@code false} for an unintended change). */
  public abstract boolean planned();

  /** What changed. */
  public abstract String description();

  /** The date of the change (for a planned change, the date it took effect). */
  public abstract LocalDate changedOn();

  /** The verification of its results, once done; not before {@link #changedOn()}. */
  public abstract Optional<ChangeVerification> verification();

  /**
   * The id of the baseline-recalculation record that checked this change, if one did: required by
   * the conformity engine for kinds (b) and (e).
   */
  public abstract Optional<String> baselineRecalculationId();

  /** The ids of the GHG sources the change affects; each once. */
  public abstract List<String> affectedSourceIds();

  /** Whether this change calls for a baseline-recalculation check: kinds (b) and (e). */
  public boolean needsBaselineRecalculationCheck() {
    return kind().triggersBaselineRecalculation();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ChangeRecord}; {@code id}, {@code kind}, {@code planned},
   * {@code description} and {@code changedOn} are required.
   */
  public static final class Builder extends ImmutableChangeRecord.Builder {}

  @Value.Check
  protected void check() {
    String t = "ChangeRecord";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    verification().ifPresent(v -> Checks.requireNotBefore(t, "verification.verifiedOn",
        v.verifiedOn(), "changedOn", changedOn()));
    baselineRecalculationId().ifPresent(b -> Checks.requireId(t, "baselineRecalculationId", b));
    ListChecks.requireIds(t, "affectedSourceIds", affectedSourceIds());
  }
}
