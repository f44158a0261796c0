// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The information internal audits give, items a) 1), a) 2) and b) of T/CAS 612 clause 9.3.1.
 *
 * <p>The constants are exactly the standard's items, in its order; labels come from the bundle
 * of cnms-core, the Chinese ones in the standard's key terms.
 */
public enum AuditInformation implements ClauseItem {
  /** a) 1) Conformity to the organisation's own requirements for its CNMS. */
  CONFORMITY_TO_OWN_REQUIREMENTS,
  /** a) 2) Conformity to the requirements of T/CAS 612. */
  CONFORMITY_TO_THIS_STANDARD,
  /** b) Whether the CNMS is effectively implemented and maintained. */
  EFFECTIVE_IMPLEMENTATION;

  /** {@code a) 1)}, {@code a) 2)} and {@code b)}, as the clause numbers them. */
  @Override
  public String citation() {
    return switch (this) {
      case CONFORMITY_TO_OWN_REQUIREMENTS -> "a) 1)";
      case CONFORMITY_TO_THIS_STANDARD -> "a) 2)";
      case EFFECTIVE_IMPLEMENTATION -> "b)";
    };
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
