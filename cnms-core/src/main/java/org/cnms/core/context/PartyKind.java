// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What kind of interested party (相关方) a party is (T/CAS 612 clause 4.2).
 */
public enum PartyKind implements Labelled {
  /** A government body. */
  GOVERNMENT,
  /** A regulator, e.g. the ecology and environment authority. */
  REGULATOR,
  /** A supplier. */
  SUPPLIER,
  /** A customer. */
  CUSTOMER,
  /** An investor or lender. */
  INVESTOR,
  /** Employees. */
  EMPLOYEE,
  /** The local community. */
  COMMUNITY,
  /** A non-governmental organisation. */
  NGO,
  /** An industry association. */
  INDUSTRY_ASSOCIATION,
  /** Any other party. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
