// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the planning of carbon asset management covers where it applies (T/CAS 612 clause 6.7
 * a)–d)), in the clause's order: each is a section of a {@link CarbonAssetPlan}.
 */
public enum CarbonAssetItem implements ClauseItem {
  /** a) Managing the emission allowances allocated by national or local government (碳排放配额). */
  ALLOWANCES,
  /**
   * b) Managing purchased emission reductions (外购碳减排量) used for compliance or to offset own
   * emissions: when and how they are traded, and of which types.
   */
  PURCHASED_REDUCTIONS,
  /**
   * c) Developing the organisation's own reduction projects (自身开展的减排项目) and registering them
   * as tradable reductions.
   */
  OWN_PROJECTS,
  /** d) Other carbon asset management (其他的碳资产管理). */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
