package org.cnms.core.context;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a context issue (内外部问题) arises inside or outside the organisation (T/CAS 612 clause
 * 4.1).
 */
public enum IssueKind implements Labelled {
  /** An issue inside the organisation. */
  INTERNAL,
  /** An issue outside the organisation. */
  EXTERNAL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
