// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** A tie between a person of the body and a client, and the threat it poses. */
public enum RelationshipKind implements Labelled {
  /** Provided management-system consultancy to the client. */
  CONSULTED(Threat.SELF_REVIEW),
  /** Performed the client's internal audits. */
  INTERNAL_AUDIT(Threat.SELF_REVIEW),
  /** Employed by the client, or holds a financial interest in it. */
  FINANCIAL_INTEREST(Threat.SELF_INTEREST),
  /** A close relative in the client's management. */
  CLOSE_RELATIVE(Threat.FAMILIARITY),
  /** Reported pressure or threats from the client. */
  PRESSURE_REPORTED(Threat.INTIMIDATION);

  private final Threat threat;

  RelationshipKind(Threat threat) {
    this.threat = threat;
  }

  /** The threat this tie poses. */
  public Threat threat() {
    return threat;
  }

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
