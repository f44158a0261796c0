// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The inputs of a management review (管理评审), T/CAS 612 clause 9.4.2: a), b) 1)–5), c) 1)–5), d),
 * e) and f), in the standard's order, each citing itself as the standard does.
 *
 * <p>Items b) (以下方面的变化) and c) (碳中和管理体系有效性方面的信息) are not constants of their own:
 * the standard gives them no content beyond their numbered parts, so b) is present exactly when
 * b) 1)–5) are, and c) exactly when c) 1)–5) are. A review that lacks an input is reported by the
 * conformity engine; see {@link ManagementReview#missingInputs()}.
 */
public enum ReviewInput implements ClauseItem {
  /** a) The status of actions from previous management reviews. */
  STATUS_OF_PREVIOUS_ACTIONS("a)"),
  /** b) 1) Changes in the external and internal factors relevant to the organisation. */
  CHANGES_IN_FACTORS("b) 1)"),
  /** b) 2) Changes in the needs and expectations of interested parties, compliance included. */
  CHANGES_IN_INTERESTED_PARTY_NEEDS("b) 2)"),
  /** b) 3) Changes in GHG sources and sinks. */
  CHANGES_IN_SOURCES_AND_SINKS("b) 3)"),
  /** b) 4) Changes in the risks and opportunities identified and the actions on them. */
  CHANGES_IN_RISKS_AND_OPPORTUNITIES("b) 4)"),
  /** b) 5) Changes in carbon assets: how they are managed, traded, used for offsetting. */
  CHANGES_IN_CARBON_ASSETS("b) 5)"),
  /** c) 1) Carbon neutrality performance and its improvement, from monitoring and measurement. */
  PERFORMANCE_AND_IMPROVEMENT("c) 1)"),
  /** c) 2) How far the carbon neutrality targets are met. */
  TARGET_ATTAINMENT("c) 2)"),
  /** c) 3) Nonconformities and corrective actions. */
  NONCONFORMITIES_AND_CORRECTIVE_ACTIONS("c) 3)"),
  /** c) 4) Results of compliance evaluation. */
  COMPLIANCE_EVALUATION_RESULTS("c) 4)"),
  /** c) 5) Audit results. */
  AUDIT_RESULTS("c) 5)"),
  /** d) The adequacy of resources. */
  ADEQUACY_OF_RESOURCES("d)"),
  /** e) Relevant communication from interested parties, feedback included. */
  INTERESTED_PARTY_FEEDBACK("e)"),
  /** f) Opportunities for continual improvement. */
  OPPORTUNITIES_FOR_IMPROVEMENT("f)");

  private final String citation;

  ReviewInput(String citation) {
    this.citation = citation;
  }

  @Override
  public String citation() {
    return citation;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
