package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a procurement criterion (采购准则) of T/CAS 612 clause 8.3 applies to: materials, energy,
 * equipment or services that significantly affect carbon-neutrality performance.
 */
public enum ProcurementSubject implements Labelled {
  /** Raw and auxiliary materials. */
  MATERIAL,
  /** Energy: electricity, heat, fuels. */
  ENERGY,
  /** Equipment. */
  EQUIPMENT,
  /** Services. */
  SERVICE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
