// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Locale;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A unit type outside the standard vocabulary (T/CAS 612 clause 6.7), e.g. a regional credit such
 * as a provincial forestry credit or an inclusive-carbon (碳普惠) credit, identified by its own
 * code. One unit is 1 tCO₂e.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCustomUnitType.class)
public abstract non-sealed class CustomUnitType implements UnitType, WithCustomUnitType {

  /** The code; 1–128 characters without whitespace, not a standard type's code. */
  @Override
  public abstract String code();

  @Override
  public abstract UnitKind kind();

  /** Whether the units are carbon sinks of new forestry projects; false unless set. */
  @Value.Default
  @Override
  public boolean newForestrySink() {
    return false;
  }

  /** The Chinese label. */
  @Override
  public abstract String labelZh();

  /** The English label. */
  @Override
  public abstract String labelEn();

  /** The label given for the language of {@code locale}: Chinese for {@code zh}, else English. */
  @Override
  public String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh() : labelEn();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomUnitType}; all attributes but {@code newForestrySink} are required. */
  public static final class Builder extends ImmutableCustomUnitType.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("CustomUnitType", "code", code());
    Checks.requireNonBlank("CustomUnitType", "labelZh", labelZh());
    Checks.requireNonBlank("CustomUnitType", "labelEn", labelEn());
    if (StandardUnitType.isReserved(code())) {
      throw new IllegalArgumentException("CustomUnitType.code '" + code()
          + "' is the code of a standard unit type; use StandardUnitType."
          + StandardUnitType.parse(code()).name());
    }
  }

  @Override
  public String toString() {
    return code();
  }
}
