package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A risk or opportunity (风险和机遇) the organisation has determined (T/CAS 612 clause 6.1.1),
 * linked to the context issues (clause 4.1) and interested parties (clause 4.2) it arises from,
 * with its rating.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRiskOrOpportunity.class)
public abstract class RiskOrOpportunity implements Identified, WithRiskOrOpportunity {

  @Override
  public abstract String id();

  /** Whether it is a risk or an opportunity. */
  public abstract RiskKind kind();

  /** What the risk or opportunity is. */
  public abstract String description();

  /** The ids of the context issues it arises from, each once. */
  public abstract List<String> relatedIssueIds();

  /** The ids of the interested parties it arises from, each once. */
  public abstract List<String> relatedPartyIds();

  /** How significant it is rated. */
  public abstract RiskRating rating();

  /** The date it was identified. */
  public abstract LocalDate identifiedOn();

  /** Whether it is linked to at least one context issue or interested party. */
  public boolean hasContextLink() {
    return !relatedIssueIds().isEmpty() || !relatedPartyIds().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RiskOrOpportunity}; {@code id}, {@code kind}, {@code description}, {@code
   * rating} and {@code identifiedOn} are required.
   */
  public static final class Builder extends ImmutableRiskOrOpportunity.Builder {}

  @Value.Check
  protected void check() {
    String t = "RiskOrOpportunity";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    relatedIssueIds().forEach(i -> Checks.requireId(t, "relatedIssueIds", i));
    Checks.requireDistinct(t, "relatedIssueIds", relatedIssueIds(), i -> i);
    relatedPartyIds().forEach(p -> Checks.requireId(t, "relatedPartyIds", p));
    Checks.requireDistinct(t, "relatedPartyIds", relatedPartyIds(), p -> p);
  }
}
