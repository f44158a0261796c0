// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.BulletItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What persons doing work under the organisation's control are to be aware of (意识, T/CAS 612
 * clause 7.3): the clause's five bullets, in its order, each citing itself as {@code •1} …
 * {@code •5}.
 */
public enum AwarenessTopic implements BulletItem {
  /** •1 Why conforming to the carbon neutrality policy matters. */
  POLICY,
  /** •2 Why reaching the targets and meeting the management system's requirements matters. */
  TARGETS,
  /** •3 How their own responsibilities, authority and activities bear on reaching the targets. */
  OWN_ROLE,
  /** •4 What they contribute to the effectiveness of the management system. */
  OWN_CONTRIBUTION,
  /** •5 What follows from not meeting the management system's requirements. */
  CONSEQUENCES_OF_NONCONFORMITY;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
