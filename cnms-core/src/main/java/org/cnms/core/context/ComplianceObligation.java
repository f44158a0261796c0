// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A compliance obligation (合规义务): a legal requirement, or another requirement the organisation
 * has chosen to meet, that bears on its greenhouse-gas emissions and carbon neutrality (T/CAS 612
 * clause 4.2), and whose fulfilment is evaluated at planned intervals (clause 9.2).
 *
 * <p>Examples: the national measures for emissions trading, a provincial reporting rule, a
 * customer's supply-chain reduction requirement, a commitment to an initiative. {@link
 * #evaluationIntervalMonths()} carries the planned interval of clause 9.2 when the organisation
 * sets one per obligation.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableComplianceObligation.class)
public abstract class ComplianceObligation implements Identified, WithComplianceObligation {

  @Override
  public abstract String id();

  /** The obligation's title, e.g. the title of the regulation. */
  public abstract String title();

  /** Whether it is a legal or another (voluntary) requirement. */
  public abstract ObligationKind kind();

  /** Who issued it: the authority, customer or scheme owner. */
  public abstract String issuer();

  /** What it requires of the organisation. */
  public abstract String description();

  /** The id of the interested party it comes from, if any. */
  public abstract Optional<String> partyId();

  /** The date from which it applies, if known. */
  public abstract Optional<LocalDate> applicableFrom();

  /** A reference to the document that states it, e.g. its number or a link. */
  public abstract Optional<String> documentReference();

  /** The interval in months at which compliance with it is evaluated, if set; more than zero. */
  public abstract OptionalInt evaluationIntervalMonths();

  /**
   * The date of the latest recorded change of the requirement (national, sector or local), if
   * any: compliance is evaluated again after it (T/CAS 612 clause 9.2).
   */
  public abstract Optional<LocalDate> lastChangedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ComplianceObligation}; {@code id}, {@code title}, {@code kind}, {@code issuer}
   * and {@code description} are required.
   */
  public static final class Builder extends ImmutableComplianceObligation.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ComplianceObligation", "id", id());
    Checks.requireNonBlank("ComplianceObligation", "title", title());
    Checks.requireNonBlank("ComplianceObligation", "issuer", issuer());
    Checks.requireNonBlank("ComplianceObligation", "description", description());
    partyId().ifPresent(p -> Checks.requireId("ComplianceObligation", "partyId", p));
    documentReference().ifPresent(d -> Checks.requireNonBlank("ComplianceObligation",
        "documentReference", d));
    evaluationIntervalMonths().ifPresent(m -> {
      if (m <= 0) {
        throw new IllegalArgumentException(
            "ComplianceObligation.evaluationIntervalMonths must be positive, but was " + m);
      }
    });
  }
}
