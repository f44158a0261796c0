// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Locale;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A finding of a conformity assessment against one requirement of T/CAS 612 (clause 9.3): the
 * verdict, a message in Chinese and English, and the ids of the records it rests on, so an auditor
 * can follow it to the evidence.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements WithFinding {

  /** The requirement judged, e.g. {@code 6.6.1}. */
  public abstract String requirementId();

  /** The id of the rule that made the finding, e.g. {@code core.6.6.1.vision-after-phases}. */
  public abstract String ruleId();

  /** The verdict. */
  public abstract Verdict verdict();

  /** The message in Chinese. */
  public abstract String messageZh();

  /** The message in English. */
  public abstract String messageEn();

  /** The ids of the records the finding rests on. */
  public abstract List<String> recordIds();

  /**
   * The items of the requirement the finding concerns, as the standard letters them inside the
   * clause: {@code h)}, {@code b) 1)}, {@code •2} (see {@link RegisterItem#citation()}); empty
   * when it concerns the clause as a whole.
   */
  public abstract List<String> items();

  /**
   * Whether the finding judges good practice beyond T/CAS 612 (it is then an observation at
   * most).
   */
  @Value.Default
  public boolean beyondTheStandard() {
    return false;
  }

  /** How the finding cites the standard: {@code 5.1 h)}, {@code 9.4.2 b) 1), c) 2)}, or the id. */
  public String citation() {
    return items().isEmpty() ? requirementId()
        : requirementId() + " " + String.join(", ", items());
  }

  /** The message in the language of {@code locale}. */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
  }

  /**
   * The finding as a report prints it, in the language of {@code locale}: the items it cites
   * ({@code 5.1 h)}) before its message, and the mark of good practice beyond T/CAS 612 after it;
   * e.g. {@code 9.3.2 b) Rule t.beyond failed: x (good practice beyond T/CAS 612)}.
   */
  public String describe(Locale locale) {
    StringBuilder b = new StringBuilder();
    if (!items().isEmpty()) {
      b.append(citation()).append(' ');
    }
    b.append(message(locale));
    if (beyondTheStandard()) {
      b.append(' ').append(CoreTexts.TEXT.get("report.beyond", locale));
    }
    return b.toString();
  }

  /** A finding that {@code rule}'s requirement conforms. */
  public static Finding conforms(ConformityRule rule, String messageZh, String messageEn,
      Iterable<String> recordIds) {
    return of(rule, Verdict.CONFORMS, messageZh, messageEn, recordIds);
  }

  /** A finding of {@code rule} with the given verdict. */
  public static Finding of(ConformityRule rule, Verdict verdict, String messageZh,
      String messageEn, Iterable<String> recordIds) {
    return builder().requirementId(rule.requirementId()).ruleId(rule.id()).verdict(verdict)
        .messageZh(messageZh).messageEn(messageEn).addAllRecordIds(recordIds)
        .beyondTheStandard(rule.beyondTheStandard()).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; all but {@code recordIds} are required. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("Finding", "requirementId", requirementId());
    Checks.requireNonBlank("Finding", "ruleId", ruleId());
    Checks.requireNonBlank("Finding", "messageZh", messageZh());
    Checks.requireNonBlank("Finding", "messageEn", messageEn());
    if (beyondTheStandard() && verdict().isNonconformity()) {
      throw new IllegalArgumentException("Finding of rule " + ruleId() + " judges good practice"
          + " beyond T/CAS 612 and can be an observation at most, not a " + verdict());
    }
  }
}
