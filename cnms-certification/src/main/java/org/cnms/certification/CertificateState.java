// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/**
 * The state of a certificate, with the Chinese term its registry uses.
 *
 * <p>The Chinese terms: 有效 (valid) is {@link #ACTIVE}; 暂停 (suspended) is {@link #SUSPENDED};
 * 撤销 (revoked, a sanction by the body after a suspension not resolved or a serious breach) is
 * {@link #WITHDRAWN}; 注销 (cancelled, e.g. at the holder's request or when it stops the
 * certified activity) is {@link #CANCELLED}; a certificate whose validity ran out without
 * recertification is {@link #EXPIRED} (过期失效). This reading of 撤销 and 注销 follows the usage
 * of the Chinese certificate rules as this project understands them; it was not confirmed from
 * the regulation's text.
 */
public enum CertificateState implements Labelled {
  /** Valid (有效). */
  ACTIVE,
  /** Suspended (暂停): temporarily not valid, can be reinstated. */
  SUSPENDED,
  /** Withdrawn by the body as a sanction (撤销); final. */
  WITHDRAWN,
  /** Cancelled (注销), e.g. at the holder's request; final. */
  CANCELLED,
  /** Expired without recertification (过期失效); can be restored within the restoration time. */
  EXPIRED;

  /** Whether no event leads out of this state. */
  public boolean isFinal() {
    return this == WITHDRAWN || this == CANCELLED;
  }

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
