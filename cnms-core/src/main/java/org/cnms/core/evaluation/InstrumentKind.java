// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of monitoring and measuring equipment (监视和测量设备) of T/CAS 612 clause 9.1.3.
 */
public enum InstrumentKind implements Labelled {
  /** An electricity meter. */
  ELECTRICITY_METER,
  /** A gas meter. */
  GAS_METER,
  /** A flow meter for liquids, steam or gases. */
  FLOW_METER,
  /** A heat meter. */
  HEAT_METER,
  /** A weighbridge or other scale. */
  WEIGHBRIDGE,
  /** A fuel dispenser. */
  FUEL_DISPENSER,
  /** A gas analyser, e.g. of a continuous emission monitoring system. */
  GAS_ANALYSER,
  /** Other equipment. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
