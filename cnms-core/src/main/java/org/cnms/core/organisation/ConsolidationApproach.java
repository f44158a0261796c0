// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How the organisational boundary consolidates facilities (T/CAS 612 clause 4.3, after ISO 14064-1
 * 5.1): by control — operational or financial — or by equity share, in which case each facility
 * counts with the organisation's percentage of it.
 */
public enum ConsolidationApproach implements Labelled {
  /** Operational control: all emissions of facilities the organisation operates. */
  OPERATIONAL_CONTROL,
  /** Financial control: all emissions of facilities the organisation controls financially. */
  FINANCIAL_CONTROL,
  /** Equity share: each facility's emissions times the organisation's share of it. */
  EQUITY_SHARE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
