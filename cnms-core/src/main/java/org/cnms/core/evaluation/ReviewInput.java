package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The inputs of a management review (管理评审输入), items a to f of T/CAS 612 clause 9.4. A review that
 * lacks one of them is reported by the conformity engine; see {@link
 * ManagementReview#missingInputs()}.
 */
public enum ReviewInput implements ClauseItem {
  /** (a) The status of actions from previous management reviews. */
  STATUS_OF_PREVIOUS_ACTIONS,
  /**
   * (b) Changes in external and internal issues, in the needs and expectations of interested
   * parties, in GHG sources and sinks, in risks and opportunities, and in carbon assets.
   */
  CHANGES,
  /**
   * (c) Information on the effectiveness of the management system: performance against the
   * indicators, attainment of the targets, nonconformities and corrective actions, compliance,
   * audit results.
   */
  EFFECTIVENESS,
  /** (d) The adequacy of resources. */
  ADEQUACY_OF_RESOURCES,
  /** (e) Relevant communication from interested parties. */
  INTERESTED_PARTY_FEEDBACK,
  /** (f) Opportunities for continual improvement. */
  OPPORTUNITIES_FOR_IMPROVEMENT;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
