// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * An evaluation of compliance (合规性评价) of T/CAS 612 clause 9.2: whether the organisation met one
 * compliance obligation (a legal or other requirement) on a date, on what evidence, and the
 * actions decided where it did not.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableComplianceEvaluation.class)
public abstract class ComplianceEvaluation implements Identified, WithComplianceEvaluation {

  @Override
  public abstract String id();

  /** The id of the compliance obligation evaluated. */
  public abstract String obligationId();

  /** The date of the evaluation. */
  public abstract LocalDate evaluatedOn();

  /** The result. */
  public abstract ComplianceResult result();

  /** The evidence the result rests on. */
  public abstract String evidence();

  /** The actions decided, each a non-blank text; may be empty. */
  public abstract List<String> actions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplianceEvaluation}; all attributes but {@code actions} are required. */
  public static final class Builder extends ImmutableComplianceEvaluation.Builder {}

  @Value.Check
  protected void check() {
    String t = "ComplianceEvaluation";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "obligationId", obligationId());
    Checks.requireNonBlank(t, "evidence", evidence());
    ListChecks.requireTexts(t, "actions", actions());
  }
}
