// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.BulletItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The resources T/CAS 612 clause 7.1 names among those the carbon neutrality management system
 * needs: its five bullets, in its order, each citing itself as {@code •1} … {@code •5}. The
 * clause says the resources include these; a resource of another kind (finance, for one) is
 * recorded without a kind.
 */
public enum ResourceKind implements BulletItem {
  /** •1 Competence and awareness requirements for the people concerned (see 7.2, 7.3). */
  COMPETENCE_AND_AWARENESS,
  /** •2 Infrastructure: production and service facilities, equipment, information systems. */
  INFRASTRUCTURE,
  /** •3 Monitoring and measuring equipment. */
  MONITORING_EQUIPMENT,
  /** •4 Knowledge and keeping it current: technology, accounting methods. */
  KNOWLEDGE,
  /** •5 Channels for communicating with interested parties. */
  COMMUNICATION_CHANNEL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
