// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the carbon neutrality targets include (T/CAS 612 clause 6.6.1 a)–d)), in the clause's
 * order: each is a field of a {@link CarbonNeutralityTarget}.
 */
public enum NeutralityTargetItem implements ClauseItem {
  /**
   * a) When the vision target is to be met (实现碳中和愿景目标的时间): {@link
   * CarbonNeutralityTarget#visionYear()}.
   */
  VISION_YEAR,
  /** b) When each phased target is to be met (实现碳中和阶段性目标的时间): {@link PhasedTarget#year()}. */
  PHASED_YEARS,
  /**
   * c) The emission categories the targets cover (目标中包括的排放类别): {@link
   * CarbonNeutralityTarget#coveredCategories()}.
   */
  CATEGORIES,
  /**
   * d) The means of reaching carbon neutrality (实现碳中和的方式): {@link CarbonNeutralityTarget#means()}.
   */
  MEANS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
