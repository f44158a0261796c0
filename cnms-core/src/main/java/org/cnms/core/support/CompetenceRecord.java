// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Evidence of competence (能力的证据) of a person in a role (T/CAS 612 clause 7.2 d): training,
 * education, experience or a certificate that meets competence requirements, how long it is valid,
 * and — for training and other actions taken — the evaluation of its effectiveness (clause 7.2 c).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCompetenceRecord.class)
public abstract class CompetenceRecord implements Identified, WithCompetenceRecord {

  @Override
  public abstract String id();

  /** The id of the person. */
  public abstract String personId();

  /** The id of the role the competence is for. */
  public abstract String roleId();

  /** The ids of the competence requirements the evidence meets, each once. */
  public abstract List<String> requirementIds();

  /** What kind of evidence it is. */
  public abstract EvidenceKind evidenceKind();

  /** The evidence, e.g. the course and who gave it. */
  public abstract String description();

  /** The date the competence was achieved. */
  public abstract LocalDate achievedOn();

  /** The last day the evidence is valid, not before {@link #achievedOn()}; if it expires. */
  public abstract Optional<LocalDate> validUntil();

  /** The evaluation of the effectiveness of the action taken, if evaluated. */
  public abstract Optional<EffectivenessEvaluation> effectivenessEvaluation();

  /**
   * Whether the evidence is current on {@code date}: achieved on or before it and, if it expires,
   * valid until it or later.
   */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(achievedOn()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CompetenceRecord}; {@code id}, {@code personId}, {@code roleId}, {@code
   * evidenceKind}, {@code description} and {@code achievedOn} are required.
   */
  public static final class Builder extends ImmutableCompetenceRecord.Builder {}

  @Value.Check
  protected void check() {
    String t = "CompetenceRecord";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "personId", personId());
    Checks.requireId(t, "roleId", roleId());
    requirementIds().forEach(r -> Checks.requireId(t, "requirementIds", r));
    Checks.requireDistinct(t, "requirementIds", requirementIds(), r -> r);
    Checks.requireNonBlank(t, "description", description());
    validUntil().ifPresent(u -> Checks.requireNotBefore(t, "validUntil", u, "achievedOn",
        achievedOn()));
  }
}
