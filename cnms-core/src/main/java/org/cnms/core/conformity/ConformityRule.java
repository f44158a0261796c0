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

  /** The requirement the rule judges, e.g. {@code 6.6.1}. */
  String requirementId();

  /**
   * Judges the requirement.
   *
   * @param context what is assessed, not null
   * @return the findings, at least one
   */
  List<Finding> evaluate(AssessmentContext context);
}
