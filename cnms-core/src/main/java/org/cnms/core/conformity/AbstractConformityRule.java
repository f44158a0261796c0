// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cnms.core.ClauseItem;
import org.cnms.core.Labelled;
import org.cnms.core.LocalizedText;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.internal.Checks;

/**
 * A convenient base for a {@link ConformityRule} of T/CAS 612 (clause 9.3): holds the rule's id,
 * the clause it judges and the texts of its module, and builds its findings with messages from
 * that module's resource bundle ({@link #finding(Verdict, String, Collection, Object...)}). Modules
 * of cnms and vendors extend it; a subclass implements {@link #evaluate(AssessmentContext)} and
 * must stay immutable and thread-safe.
 */
public abstract class AbstractConformityRule implements ConformityRule {

  private final String id;
  private final String requirementId;
  private final Optional<LocalizedText> text;
  private final boolean beyondTheStandard;
  private final List<String> judgedItems;

  /**
   * A rule with the given id that judges the given requirement.
   *
   * @param id the stable rule id, e.g. {@code core.6.6.1.vision-and-phases}, not blank
   * @param requirementId the requirement judged, e.g. {@code 6.6.1}, not blank
   * @throws IllegalArgumentException if either is blank
   */
  protected AbstractConformityRule(String id, String requirementId) {
    this(id, requirementId, Optional.empty(), false);
  }

  /**
   * A rule with the given id that judges the given clause, with the messages of its findings
   * taken from {@code text}.
   *
   * @param id the stable rule id, e.g. {@code core.6.6.1.targets}, not blank
   * @param requirementId the clause judged, the most specific one (e.g. {@code 8.1.3}), not blank
   * @param text the texts of the rule's module, not null
   * @throws IllegalArgumentException if an id is blank
   */
  protected AbstractConformityRule(String id, String requirementId, LocalizedText text) {
    this(id, requirementId, Optional.of(text), false);
  }

  /**
   * As {@link #AbstractConformityRule(String, String, LocalizedText)}, for a rule that checks
   * good practice beyond T/CAS 612 when {@code beyondTheStandard}: its findings are observations
   * at most, never nonconformities.
   */
  protected AbstractConformityRule(String id, String requirementId, LocalizedText text,
      boolean beyondTheStandard) {
    this(id, requirementId, Optional.of(text), beyondTheStandard);
  }

  /**
   * As {@link #AbstractConformityRule(String, String, LocalizedText)}, for a rule that judges
   * the given items of its clause (see {@link #judgedItems()}).
   */
  protected AbstractConformityRule(String id, String requirementId, LocalizedText text,
      List<String> judgedItems) {
    this(id, requirementId, Optional.of(text), false, judgedItems);
  }

  /**
   * As {@link #AbstractConformityRule(String, String, LocalizedText, boolean)}, for a rule that
   * judges the given items of its clause (see {@link #judgedItems()}).
   */
  protected AbstractConformityRule(String id, String requirementId, LocalizedText text,
      boolean beyondTheStandard, List<String> judgedItems) {
    this(id, requirementId, Optional.of(text), beyondTheStandard, judgedItems);
  }

  private AbstractConformityRule(String id, String requirementId, Optional<LocalizedText> text,
      boolean beyondTheStandard) {
    this(id, requirementId, text, beyondTheStandard, List.of());
  }

  private AbstractConformityRule(String id, String requirementId, Optional<LocalizedText> text,
      boolean beyondTheStandard, List<String> judgedItems) {
    this.id = Checks.requireNonBlank("ConformityRule", "id", id);
    this.requirementId = Checks.requireNonBlank("ConformityRule", "requirementId", requirementId);
    this.text = text;
    this.beyondTheStandard = beyondTheStandard;
    this.judgedItems = List.copyOf(judgedItems);
  }

  /** The items of the clause the rule judges, as given to the constructor. */
  @Override
  public List<String> judgedItems() {
    return judgedItems;
  }

  @Override
  public final boolean beyondTheStandard() {
    return beyondTheStandard;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String requirementId() {
    return requirementId;
  }

  /** A {@link Verdict#CONFORMS} finding of this rule. */
  protected final Finding conforms(String messageZh, String messageEn,
      Collection<String> recordIds) {
    return Finding.conforms(this, messageZh, messageEn, recordIds);
  }

  /** A finding of this rule with the given verdict. */
  protected final Finding finding(Verdict verdict, String messageZh, String messageEn,
      Collection<String> recordIds) {
    return Finding.of(this, verdict, messageZh, messageEn, recordIds);
  }

  /**
   * A finding of this rule whose message is the text {@code key} of the rule's bundle, in Chinese
   * and English, with {@code arguments} in its placeholders ({@code {0}} …; pass numbers and dates
   * as strings, so they print exactly as the records hold them).
   *
   * @throws IllegalStateException if the rule was made without texts
   * @throws java.util.MissingResourceException if the bundle lacks the key
   */
  protected final Finding finding(Verdict verdict, String key, Collection<String> recordIds,
      Object... arguments) {
    LocalizedText t = text.orElseThrow(() -> new IllegalStateException("The rule " + id
        + " was made without texts; pass its module's LocalizedText to the constructor"));
    return Finding.of(this, verdict, t.format(key, Locale.CHINESE, arguments),
        t.format(key, Locale.ENGLISH, arguments), recordIds);
  }

  /** A {@link Verdict#CONFORMS} finding with the text {@code key} of the rule's bundle. */
  protected final Finding conforms(String key, Collection<String> recordIds,
      Object... arguments) {
    return finding(Verdict.CONFORMS, key, recordIds, arguments);
  }

  /**
   * A finding of this rule whose message is the text {@code key} of the rule's bundle, with
   * arguments that differ by language (e.g. the labels of the items concerned): {@code
   * arguments} gives them for each locale.
   *
   * @throws IllegalStateException if the rule was made without texts
   */
  protected final Finding finding(Verdict verdict, String key, Collection<String> recordIds,
      Function<Locale, Object[]> arguments) {
    LocalizedText t = text.orElseThrow(() -> new IllegalStateException("The rule " + id
        + " was made without texts; pass its module's LocalizedText to the constructor"));
    return Finding.of(this, verdict, t.format(key, Locale.CHINESE, arguments.apply(
        Locale.CHINESE)), t.format(key, Locale.ENGLISH, arguments.apply(Locale.ENGLISH)),
        recordIds);
  }

  /**
   * The parts joined as a list in the language of {@code locale} ({@code "；"} in Chinese,
   * {@code "; "} in English: the text {@code list.separator} of cnms-core's bundle).
   */
  protected static String list(Locale locale, Collection<String> parts) {
    return String.join(CoreTexts.TEXT.get("list.separator", locale), parts);
  }

  /** The items' citations and labels in the language of {@code locale}, joined as a list. */
  protected static String itemLabels(Locale locale, Collection<? extends ClauseItem> items) {
    return list(locale, items.stream().map(i -> i.itemLabel(locale)).toList());
  }

  /** The labels in the language of {@code locale}, joined as a list. */
  protected static String labels(Locale locale, Collection<? extends Labelled> labelled) {
    return list(locale, labelled.stream().map(i -> i.label(locale)).toList());
  }

  /**
   * Whether a review, evaluation or similar act done on {@code last} is overdue on {@code on}:
   * more than {@code intervalMonths} months have passed ({@code last} plus the interval is before
   * {@code on}).
   */
  protected static boolean overdue(LocalDate last, int intervalMonths, LocalDate on) {
    return last.plusMonths(intervalMonths).isBefore(on);
  }

  /** The ids joined by {@code ", "}, for messages. */
  protected static String join(Collection<String> ids) {
    return String.join(", ", ids);
  }

  /** The rule's id. */
  @Override
  public String toString() {
    return id;
  }

  /** Rules are equal when their ids are. */
  @Override
  public final boolean equals(Object o) {
    return o instanceof ConformityRule && ((ConformityRule) o).id().equals(id)
        && o.getClass() == getClass();
  }

  @Override
  public final int hashCode() {
    return Objects.hash(id, getClass());
  }

  /** The findings in an immutable list: {@code problems} if any, else the single {@code ok}. */
  protected static List<Finding> problemsOr(List<Finding> problems, Finding ok) {
    return problems.isEmpty() ? List.of(ok) : List.copyOf(problems);
  }
}
