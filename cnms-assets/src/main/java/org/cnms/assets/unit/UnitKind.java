// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import java.util.Locale;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.Labelled;

/**
 * The two kinds of carbon asset of T/CAS 612 (clauses 3.3 and 3.4): an allowance (碳配额) allocated
 * by an emissions trading scheme, or a credit (碳信用) issued for a verified reduction or removal.
 */
public enum UnitKind implements Labelled {
  /** An emission allowance (碳排放配额) of a trading scheme, 1 tCO₂e. */
  ALLOWANCE,
  /** A carbon credit (碳信用): a certified reduction or removal of 1 tCO₂e. */
  CREDIT;

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
