// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.cnms.certification.audit.ActionKind;
import org.cnms.certification.audit.DecisionOutcome;
import org.cnms.certification.audit.Grade;
import org.cnms.certification.audit.NonconformityOrigin;
import org.cnms.certification.audit.RelationshipKind;
import org.cnms.certification.audit.Threat;
import org.cnms.certification.calculation.AuditType;
import org.cnms.certification.claim.ClaimMode;
import org.cnms.certification.claim.CreditFlag;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;
import org.junit.jupiter.api.Test;

/** Every label and message of the module in English and Chinese, the same keys in both. */
class TextsTest {

  static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(TimingRule.class,
      CycleAnchor.class, SurveillanceSpacing.class, ObligationKind.class, ObligationStatus.class,
      CertificateState.class, CertificateEventKind.class, Grade.class, NonconformityOrigin.class,
      ActionKind.class, DecisionOutcome.class, Threat.class, RelationshipKind.class,
      AuditType.class, CreditFlag.class, ClaimMode.class);

  @Test
  void bothBundlesHoldTheSameKeys() {
    assertEquals(CertificationTexts.TEXT.keys(Locale.ENGLISH),
        CertificationTexts.TEXT.keys(Locale.CHINESE));
  }

  @Test
  void everyConstantHasALabelInBothLanguages() {
    for (Class<? extends Enum<?>> type : VOCABULARY) {
      for (Enum<?> c : type.getEnumConstants()) {
        Labelled l = (Labelled) c;
        assertFalse(l.labelEn().isBlank(), c.toString());
        assertFalse(l.labelZh().isBlank(), c.toString());
      }
    }
    // a label in a language without a bundle is the English one
    assertEquals("suspended", CertificateState.SUSPENDED.label(Locale.FRENCH));
  }
}
