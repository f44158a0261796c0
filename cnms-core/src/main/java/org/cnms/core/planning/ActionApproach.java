// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How an action addresses a risk or opportunity (T/CAS 612 clause 6.1.2).
 */
public enum ActionApproach implements Labelled {
  /** Reduce emissions. */
  REDUCTION,
  /** Remove greenhouse gases, e.g. by sinks. */
  REMOVAL,
  /** Adapt to the effects of climate change. */
  ADAPTATION,
  /** Transfer the risk, e.g. by insurance or contract. */
  TRANSFER,
  /** Accept the risk knowingly. */
  ACCEPTANCE,
  /** Pursue the opportunity. */
  EXPLOIT,
  /** Any other approach. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
