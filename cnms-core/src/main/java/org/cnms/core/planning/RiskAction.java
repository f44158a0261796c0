// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An action planned to address risks and opportunities (应对风险和机遇的措施) (T/CAS 612 clause
 * 6.1.2 a)): how it addresses them, the CNMS process it is built into (b)), how — and with what
 * result — its effectiveness is evaluated (c)), who owns it and when it is due, and what its
 * planning took into account (the clause's note: technology options, finance, operating and
 * business requirements).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRiskAction.class)
public abstract class RiskAction implements Identified, WithRiskAction {

  @Override
  public abstract String id();

  /** The ids of the risks and opportunities the action addresses; at least one, each once. */
  public abstract List<String> riskOrOpportunityIds();

  /** What is to be done. */
  public abstract String description();

  /** How the action addresses the risks or opportunities. */
  public abstract ActionApproach approach();

  /**
   * The CNMS process the action is built into (融入碳中和管理体系过程, 6.1.2 b)), if recorded.
   */
  public abstract Optional<String> process();

  /** What the planning of the action took into account, each once. */
  public abstract List<ActionConsideration> considerations();

  /** The id of the person who owns the action. */
  public abstract String ownerPersonId();

  /** The date the action is due. */
  public abstract LocalDate dueDate();

  /** How the action's effectiveness is to be evaluated, if planned. */
  public abstract Optional<String> evaluationMethod();

  /** The evaluation of the action's effectiveness, once done. */
  public abstract Optional<EffectivenessEvaluation> effectivenessEvaluation();

  /** Whether the action addresses the risk or opportunity with this id. */
  public boolean addresses(String riskOrOpportunityId) {
    return riskOrOpportunityIds().contains(riskOrOpportunityId);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RiskAction}; {@code id}, a risk or opportunity id, {@code description},
   * {@code approach}, {@code ownerPersonId} and {@code dueDate} are required.
   */
  public static final class Builder extends ImmutableRiskAction.Builder {}

  @Value.Check
  protected void check() {
    String t = "RiskAction";
    Checks.requireId(t, "id", id());
    Checks.requireNonEmpty(t, "riskOrOpportunityIds", riskOrOpportunityIds());
    riskOrOpportunityIds().forEach(r -> Checks.requireId(t, "riskOrOpportunityIds", r));
    Checks.requireDistinct(t, "riskOrOpportunityIds", riskOrOpportunityIds(), r -> r);
    Checks.requireNonBlank(t, "description", description());
    process().ifPresent(p -> Checks.requireNonBlank(t, "process", p));
    Checks.requireDistinct(t, "considerations", considerations(), c -> c);
    Checks.requireId(t, "ownerPersonId", ownerPersonId());
    evaluationMethod().ifPresent(m -> Checks.requireNonBlank(t, "evaluationMethod", m));
  }
}
