// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What an operational criterion (运行准则) of T/CAS 612 clause 8.1 governs: the operation or
 * maintenance of equipment, a process parameter, a requirement on an upstream or downstream party,
 * or communication.
 */
public enum OperationalCriterionKind implements Labelled {
  /** Operation of a facility or piece of equipment. */
  EQUIPMENT_OPERATION,
  /** Maintenance of a facility or piece of equipment. */
  MAINTENANCE,
  /** A parameter of a process, e.g. a furnace temperature or a boiler excess-air ratio. */
  PROCESS_PARAMETER,
  /** A requirement on a supplier or another upstream or downstream party. */
  SUPPLIER_REQUIREMENT,
  /** A criterion for internal or external communication. */
  COMMUNICATION;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
