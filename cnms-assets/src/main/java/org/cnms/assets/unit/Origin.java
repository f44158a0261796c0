// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import java.util.Locale;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.Labelled;

/**
 * Where the reduction or removal behind a unit took place, relative to the organisation's
 * boundary (T/CAS 612 clause 3.1): carbon neutrality may only be claimed with units from
 * <em>outside</em> the organisation's own operations.
 */
public enum Origin implements Labelled {
  /** From a project or scheme outside the organisational boundary. */
  OUTSIDE_BOUNDARY,
  /** From the organisation's own operations, inside its boundary. */
  INSIDE_BOUNDARY;

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
