package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a context issue is about (T/CAS 612 clause 4.1): the policies, markets, schemes and other
 * matters that bear on carbon neutrality.
 */
public enum IssueTopic implements Labelled {
  /** The national dual-carbon policy (carbon peaking and carbon neutrality). */
  DUAL_CARBON_POLICY,
  /** An emissions trading scheme. */
  EMISSIONS_TRADING,
  /** A carbon tax or border adjustment. */
  CARBON_TAX,
  /** A voluntary reduction scheme. */
  VOLUNTARY_SCHEME,
  /** A requirement of the organisation's sector. */
  SECTOR_REQUIREMENT,
  /** An initiative the organisation has joined. */
  INITIATIVE,
  /** Technology, e.g. low-carbon processes becoming available. */
  TECHNOLOGY,
  /** The market: customers, competitors, prices. */
  MARKET,
  /** Physical effects of climate change on the organisation. */
  CLIMATE_IMPACT,
  /** Any other issue. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
