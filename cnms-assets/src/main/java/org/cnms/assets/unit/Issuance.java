// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import java.util.Locale;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.Labelled;

/**
 * When a unit was issued relative to the reduction it stands for (T/CAS 612 clause 6.7; ISO
 * 14068-1 accepts only ex-post units for a neutrality claim).
 */
public enum Issuance implements Labelled {
  /** Issued after the reduction or removal was verified (事后签发). */
  EX_POST,
  /** Issued in advance of a reduction or removal still to occur (事前签发). */
  EX_ANTE;

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
