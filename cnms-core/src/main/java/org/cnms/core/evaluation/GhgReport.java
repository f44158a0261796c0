// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * A periodic GHG report (温室气体报告) of T/CAS 612 clause 9.1.2: the account of the emissions and
 * removals of one reporting period, made with the methods of clause 6.2, which presents a GHG
 * inventory and may be verified by a third party.
 *
 * <p>A re-issued report is a new record that names the report it {@linkplain #supersedes()
 * supersedes}. The conformity engine expects one current report per reporting period.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgReport.class)
public abstract class GhgReport implements Revisable, WithGhgReport {

  @Override
  public abstract String id();

  /** The reporting period covered. */
  public abstract ReportingPeriod period();

  /** The id of the GHG inventory (clause 6.3 c) the report presents. */
  public abstract String inventoryId();

  /** The date of issue; not before the start of the period. */
  public abstract LocalDate issuedOn();

  /** Who prepared the report: a person id or a name. */
  public abstract String preparedBy();

  /** The id of the {@link VerificationStatement} on the report, once verified. */
  public abstract Optional<String> verificationStatementId();

  /** Where the report was published or to whom it was submitted, if it was. */
  public abstract Optional<String> publishedTo();

  @Override
  public abstract Optional<String> supersedes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GhgReport}; {@code id}, {@code period}, {@code inventoryId},
   * {@code issuedOn} and {@code preparedBy} are required.
   */
  public static final class Builder extends ImmutableGhgReport.Builder {}

  @Value.Check
  protected void check() {
    String t = "GhgReport";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "inventoryId", inventoryId());
    Checks.requireNonBlank(t, "preparedBy", preparedBy());
    Checks.requireNotBefore(t, "issuedOn", issuedOn(), "period.start", period().start());
    verificationStatementId().ifPresent(v -> Checks.requireId(t, "verificationStatementId", v));
    publishedTo().ifPresent(p -> Checks.requireNonBlank(t, "publishedTo", p));
    supersedes().ifPresent(s -> {
      Checks.requireId(t, "supersedes", s);
      if (s.equals(id())) {
        throw new IllegalArgumentException("GhgReport " + id() + " cannot supersede itself");
      }
    });
  }
}
