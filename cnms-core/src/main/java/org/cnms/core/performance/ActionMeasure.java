// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.BulletItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of action that T/CAS 612 clause 6.6.3 注 2 gives as examples of actions to achieve GHG
 * objectives and targets, in the note's order. The note is informative (可): an action plan may
 * name one of these kinds or none, and naming none is never a nonconformity.
 *
 * <p>The note's list is unlettered; each kind cites itself as its bullet ({@code •1} …
 * {@code •9}).
 */
public enum ActionMeasure implements BulletItem {
  /** Management of energy demand and use (能源需求和使用管理). */
  ENERGY_DEMAND_AND_USE_MANAGEMENT,
  /** Improvement of technology or process (技术或工艺改进). */
  TECHNOLOGY_OR_PROCESS_IMPROVEMENT,
  /** Use of renewable energy (可再生能源的利用). */
  RENEWABLE_ENERGY,
  /** Substitution of raw materials or fuels (原材料/燃料替代). */
  MATERIAL_OR_FUEL_SUBSTITUTION,
  /** Recovery of waste heat and waste pressure (余热余压利用). */
  WASTE_HEAT_AND_PRESSURE_RECOVERY,
  /** Comprehensive use of resources (资源综合利用). */
  COMPREHENSIVE_RESOURCE_USE,
  /** Carbon capture, utilisation and storage (CCUS). */
  CCUS,
  /** Use of green electricity (使用绿色电力). */
  GREEN_ELECTRICITY,
  /** Management of refrigeration machines, such as chillers (制冷机管理). */
  REFRIGERATION_MACHINE_MANAGEMENT;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
