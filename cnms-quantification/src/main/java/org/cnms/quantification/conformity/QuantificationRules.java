// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.List;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RuleProvider;

/**
 * The conformity rules of cnms-quantification: the machine checks of T/CAS 612 clauses 6.2.1,
 * 6.2.2, 6.3, 6.4, 6.5, 9.1.1, 9.1.2 and 9.1.3, one rule per requirement (and, for 6.2.1, one on
 * good practice beyond the standard), found by {@link
 * org.cnms.core.conformity.ConformityAssessment#discover()}. Verdicts follow the scheme of {@link
 * org.cnms.core.conformity.rules.CoreRules}; every rule runs in time linear in the size of the system.
 *
 * <p>Two rules check good practice beyond T/CAS 612 and give observations at most: a deviation
 * beyond the numeric threshold of the assessment parameters that the organisation did not record
 * as serious (9.1.1 b)), and readings taken from a meter whose calibration had lapsed (9.1.3) —
 * those of a {@link org.cnms.core.conformity.MeterReadings} extension when the context carries
 * one, otherwise the meters the data-quality plan and the instrument register name for the sources
 * of the latest inventory, read at the end of its period. Immutable, thread-safe.
 */
public final class QuantificationRules implements RuleProvider {

  private static final List<ConformityRule> RULES = List.of(new SourcesRule(), new CategoriesRule(),
      new MethodsRule(), new GhgReviewRule(), new IndicatorsRule(), new BaselineRule(),
      new MonitoringRule(), new DeviationsRule(), new DeviationThresholdRule(), new ReportsRule(),
      new CalibrationLapseRule(), new EnergyInstrumentsRule(), new ReadingsWhileLapsedRule());

  /** The provider; {@link java.util.ServiceLoader} calls this constructor. */
  public QuantificationRules() {}

  @Override
  public List<ConformityRule> rules() {
    return RULES;
  }
}
