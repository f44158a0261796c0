// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.conformity.Verdict;
import org.immutables.value.Value;

/**
 * A finding of the certification body's own checks — a decision taken while a major
 * nonconformity is open, an auditor who consulted for the client, a team without a competence the
 * scope needs, a claim without a management plan — reported, not thrown, like the conformity
 * judge's findings on the client's system.
 *
 * <p>Its message is the bundle text {@code finding.<ruleId>} filled with {@link #arguments()}, in
 * Chinese or English. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificationFinding.class)
public abstract class CertificationFinding implements WithCertificationFinding {

  /** The check, e.g. {@code decision.major-open}; its message key is {@code finding.<ruleId>}. */
  public abstract String ruleId();

  /** The rule's source. */
  public abstract RuleSource source();

  /** The verdict: {@code CONFORMS}, {@code OBSERVATION} or a nonconformity. */
  public abstract Verdict verdict();

  /** The ids of what the finding concerns (nonconformities, people, units …). */
  public abstract List<String> subjectIds();

  /** The values the message quotes, in the order of its placeholders. */
  public abstract List<String> arguments();

  /** Whether the finding is a nonconformity. */
  public boolean isNonconformity() {
    return verdict().isNonconformity();
  }

  /** The message in the language of {@code locale} (English unless Chinese). */
  public String message(Locale locale) {
    return CertificationTexts.TEXT.format("finding." + ruleId(), locale, arguments().toArray());
  }

  /**
   * A finding.
   *
   * @param ruleId the check, not blank
   * @param source the rule's source, not null
   * @param verdict the verdict, not null
   * @param subjectIds what it concerns, not null
   * @param arguments the message's values, not null
   * @return the finding
   */
  public static CertificationFinding of(String ruleId, RuleSource source, Verdict verdict,
      List<String> subjectIds, Object... arguments) {
    Builder b = builder().ruleId(ruleId).source(source).verdict(verdict)
        .addAllSubjectIds(subjectIds);
    for (Object a : arguments) {
      b.addArgument(String.valueOf(a));
    }
    return b.build();
  }

  /** {@code MAJOR_NONCONFORMITY decision.major-open [NC-001]}. */
  @Override
  public String toString() {
    return verdict() + " " + ruleId() + " " + subjectIds();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificationFinding}. */
  public static final class Builder extends ImmutableCertificationFinding.Builder {}
}
