// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a carbon neutrality performance indicator can be (T/CAS 612 clause 6.4, the second list
 * a)–f), 可以), in the clause's order. The list is a permission: an indicator of none of these
 * kinds ({@link IndicatorKind#OTHER}) is never a nonconformity. Each {@link IndicatorKind} maps to
 * the item it falls under ({@link IndicatorKind#option()}).
 */
public enum IndicatorOption implements ClauseItem {
  /** a) The organisation's emissions and removals (组织的碳排放量、清除量). */
  EMISSIONS_AND_REMOVALS,
  /** b) An emission intensity per product, output value or the like (碳排放强度值). */
  EMISSION_INTENSITY,
  /** c) Emissions and removals per category (各类别的排放量和清除量). */
  PER_CATEGORY,
  /** d) Emissions and removals per facility within the boundary (各设施的排放量、清除量). */
  PER_FACILITY,
  /** e) The carbon footprint of a product (产品碳足迹). */
  PRODUCT_CARBON_FOOTPRINT,
  /** f) Emissions of interested parties in the value chain (价值链上相关方的碳排放量). */
  VALUE_CHAIN;

  /** The standard's second list of 6.4: {@code list 2 a)} … {@code list 2 f)}. */
  @Override
  public String citation() {
    return "list 2 " + ClauseItem.super.citation();
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
