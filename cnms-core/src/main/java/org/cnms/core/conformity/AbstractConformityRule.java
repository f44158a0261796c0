package org.cnms.core.conformity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cnms.core.internal.Checks;

/**
 * A convenient base for a {@link ConformityRule} of T/CAS 612 (clause 9.3): holds the rule's id and
 * requirement and builds its findings. Modules of cnms and vendors extend it; a subclass implements
 * {@link #evaluate(AssessmentContext)} and must stay immutable and thread-safe.
 */
public abstract class AbstractConformityRule implements ConformityRule {

  private final String id;
  private final String requirementId;

  /**
   * A rule with the given id that judges the given requirement.
   *
   * @param id the stable rule id, e.g. {@code core.6.6.1.vision-and-phases}, not blank
   * @param requirementId the requirement judged, e.g. {@code 6.6.1}, not blank
   * @throws IllegalArgumentException if either is blank
   */
  protected AbstractConformityRule(String id, String requirementId) {
    this.id = Checks.requireNonBlank("ConformityRule", "id", id);
    this.requirementId = Checks.requireNonBlank("ConformityRule", "requirementId", requirementId);
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
