// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a design (设计) record of T/CAS 612 clause 8.2 is about: new or modified equipment,
 * facilities, systems or processes that can weigh significantly on the carbon neutrality targets
 * (whose design weighs improvement opportunities), or a new product or service (designed on
 * eco-design lines).
 */
public enum DesignReviewKind implements Labelled {
  /** New equipment. */
  NEW_EQUIPMENT,
  /** Modified or refurbished equipment. */
  MODIFIED_EQUIPMENT,
  /** A new facility or site. */
  NEW_FACILITY,
  /** A change of a process. */
  PROCESS_CHANGE,
  /** A new or changed information system. */
  INFORMATION_SYSTEM,
  /** A new product or service, to be designed on eco-design (生态设计) lines. */
  NEW_PRODUCT_OR_SERVICE;

  /** Whether this is the design of a new product or service (8.2, eco-design). */
  public boolean productOrService() {
    return this == NEW_PRODUCT_OR_SERVICE;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
