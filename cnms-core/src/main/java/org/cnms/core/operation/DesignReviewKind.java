package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a design review (设计评审) of T/CAS 612 clause 8.2 is about: new or modified equipment,
 * facilities, processes or information systems that can significantly affect the
 * carbon-neutrality target, or the eco-design of a new product.
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
  /** The eco-design of a new product, to reduce its life-cycle emissions. */
  NEW_PRODUCT_ECODESIGN;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
