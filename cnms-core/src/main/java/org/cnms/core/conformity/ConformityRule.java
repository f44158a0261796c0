// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.List;

/**
 * A rule that judges one requirement of T/CAS 612 from data (the "machine check" of a clause).
 * Each module of cnms contributes the rules for the clauses it owns through a {@link RuleProvider};
 * a certification vendor adds rules of its own scheme the same way.
 *
 * <p>A rule reads the {@link AssessmentContext} and returns its findings: at least one, a
 * {@link Verdict#CONFORMS} finding when nothing is wrong. A rule must not change anything and must
 * be safe to call from several threads. An exception thrown by a rule is reported as a {@link
 * Verdict#RULE_ERROR} finding for its requirement; the assessment goes on.
 */
public interface ConformityRule {

  /** A stable id of the rule, e.g. {@code core.6.6.1.vision-after-phases}. */
  String id();

  /**
   * The clause the rule judges, the most specific one the standard numbers, e.g. {@code 6.6.1}
   * or {@code 8.1.3} (never a clause that only groups sub-clauses, such as {@code 8.1}).
   */
  String requirementId();

  /**
   * The items of the clause the rule judges, as the standard cites them inside {@link
   * #requirementId()} ({@code a)}, {@code b) 1)}, {@code •2}; {@code —3} for the unnumbered
   * sentence of register row 3): what the README's table of requirements and rules is built from.
   * Empty means the clause as a whole.
   */
  default java.util.List<String> judgedItems() {
    return java.util.List.of();
  }

  /**
   * Whether the rule checks good practice beyond T/CAS 612 (what the item-level register marks
   * "beyond T/CAS 612"): its findings are then {@link Verdict#OBSERVATION}s at most, each marked
   * {@link Finding#beyondTheStandard()}, and an assessment can switch it off by its id.
   */
  default boolean beyondTheStandard() {
    return false;
  }

  /**
   * Judges the requirement.
   *
   * @param context what is assessed, not null
   * @return the findings, at least one
   */
  List<Finding> evaluate(AssessmentContext context);
}
