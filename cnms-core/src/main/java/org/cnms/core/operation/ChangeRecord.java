// SPDX-License-Identifier: Apache-2.0
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
 * A record of a change (变更控制, T/CAS 612 clause 8.4): a planned change (策划内的变更) and the
 * verification of its results, or an unintended change (非预期变更) and the review of its
 * consequences; optionally of one of the example kinds a) to g) of the clause.
 *
 * <p>A missing verification or review is a coherent record, which the conformity rules of 8.4
 * report. As good practice beyond T/CAS 612, a change of kind b) or e) may name the
 * baseline-recalculation record that checked it ({@link #baselineRecalculationId()}).
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableChangeRecord.class)
public abstract class ChangeRecord implements Identified, WithChangeRecord {

  @Override
  public abstract String id();

  /** The kind of change, one of the examples a) to g) of clause 8.4, if stated. */
  public abstract Optional<ChangeKind> kind();

  /** Whether the change was planned ({@code false} for an unintended change). */
  public abstract boolean planned();

  /** What changed. */
  public abstract String description();

  /** The date of the change (for a planned change, the date it took effect). */
  public abstract LocalDate changedOn();

  /**
   * For a planned change, the verification of its results, once done; not before {@link
   * #changedOn()}.
   */
  public abstract Optional<ChangeVerification> verification();

  /**
   * For an unintended change, the review of its consequences, once done; not before {@link
   * #changedOn()}.
   */
  public abstract Optional<ConsequenceReview> consequenceReview();

  /**
   * The id of the baseline-recalculation record that checked this change, if one did: good
   * practice beyond T/CAS 612 for kinds b) and e).
   */
  public abstract Optional<String> baselineRecalculationId();

  /** The ids of the GHG sources the change affects; each once. */
  public abstract List<String> affectedSourceIds();

  /**
   * Whether this change, as good practice beyond T/CAS 612, calls for a baseline-recalculation
   * check: kinds b) and e).
   */
  public boolean needsBaselineRecalculationCheck() {
    return kind().map(ChangeKind::triggersBaselineRecalculation).orElse(false);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ChangeRecord}; {@code id}, {@code planned},
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
    consequenceReview().ifPresent(r -> Checks.requireNotBefore(t, "consequenceReview.reviewedOn",
        r.reviewedOn(), "changedOn", changedOn()));
    baselineRecalculationId().ifPresent(b -> Checks.requireId(t, "baselineRecalculationId", b));
    ListChecks.requireIds(t, "affectedSourceIds", affectedSourceIds());
  }
}
