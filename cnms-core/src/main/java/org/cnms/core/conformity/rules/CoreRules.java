// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RuleProvider;
import org.cnms.core.conformity.Verdict;

/**
 * The conformity rules of cnms-core: the machine checks of T/CAS 612 clauses 4.1–4.3, 5.1–5.3,
 * 6.1.1, 6.1.2, 6.6.1–6.6.3, 6.8, 7.2, 7.5, 8.1, 8.4, 9.2–9.4, 10.2 and 10.3, one rule per
 * requirement, found by {@link ConformityAssessment#discover()}.
 *
 * <p>Verdicts follow one scheme: when the records a requirement calls for are missing altogether
 * (no policy, no targets, no audit), or a defect puts the system's results in doubt, the finding is
 * a {@link Verdict#MAJOR_NONCONFORMITY}; a gap in otherwise present records or a lapse (an overdue
 * review, an unapproved plan) is a {@link Verdict#MINOR_NONCONFORMITY}; when the check holds, the
 * rule gives one {@link Verdict#CONFORMS} finding that names what it checked. Every rule runs in
 * time linear in the size of the system. Immutable, thread-safe.
 */
public final class CoreRules implements RuleProvider {

  private static final List<ConformityRule> RULES = build();

  /** The provider; {@link java.util.ServiceLoader} calls this constructor. */
  public CoreRules() {}

  @Override
  public List<ConformityRule> rules() {
    return RULES;
  }

  private static List<ConformityRule> build() {
    List<ConformityRule> all = new ArrayList<>();
    all.addAll(ContextRules.all());
    all.addAll(LeadershipRules.all());
    all.addAll(PlanningRules.all());
    all.addAll(SupportRules.all());
    all.addAll(OperationRules.all());
    all.addAll(EvaluationRules.all());
    all.addAll(ImprovementRules.all());
    return List.copyOf(all);
  }
}
