// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The compliance rules of an emissions trading scheme (碳排放权交易体系) the organisation is covered
 * by (T/CAS 612 clause 6.7 a): which allowances may be surrendered, which credits may offset part
 * of the obligation and up to what share, and how a fractional obligation is rounded to whole
 * units.
 *
 * <p>{@link #chinaNational()} gives the national ETS: CEA allowances, CCER credits up to 5 % of
 * the allowances to surrender, obligations rounded up to the next whole tonne.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableEtsScheme.class)
public abstract class EtsScheme implements WithEtsScheme {

  /** The scheme's id, e.g. {@code CN-ETS}; surrenders naming another scheme are not counted. */
  public abstract String id();

  /** The scheme's name. */
  public abstract String name();

  /** The allowance types that may be surrendered. */
  public abstract List<UnitType> allowanceTypes();

  /** The credit types that may offset part of the obligation. */
  public abstract List<UnitType> creditTypes();

  /**
   * The most credits may cover, as a percentage of the obligation (0–100), e.g. {@code 5}. The cap
   * in units is this share of the obligation rounded down to a whole unit.
   */
  public abstract BigDecimal creditCapPercent();

  /**
   * How verified emissions with a fraction of a tonne become an obligation in whole units;
   * {@link RoundingMode#CEILING} (up to the next whole tonne) unless set.
   */
  @Value.Default
  public RoundingMode obligationRounding() {
    return RoundingMode.CEILING;
  }

  /**
   * China's national ETS: surrender CEA; CCER may cover at most 5 % of the allowances to
   * surrender (Measures for the Administration of Carbon Emissions Trading (Trial), 2021).
   */
  public static EtsScheme chinaNational() {
    return builder().id("CN-ETS").name("全国碳排放权交易市场 (China national ETS)")
        .addAllowanceType(StandardUnitType.CEA).addCreditType(StandardUnitType.CCER)
        .creditCapPercent(new BigDecimal("5")).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EtsScheme}; {@code id}, {@code name}, {@code creditCapPercent} and at least
   * one allowance type are required.
   */
  public static final class Builder extends ImmutableEtsScheme.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("EtsScheme", "id", id());
    Checks.requireNonBlank("EtsScheme", "name", name());
    Checks.requireNonEmpty("EtsScheme", "allowanceTypes", allowanceTypes());
    Checks.requirePercentage("EtsScheme", "creditCapPercent", creditCapPercent());
    if (obligationRounding() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("EtsScheme.obligationRounding must round, but was"
          + " UNNECESSARY");
    }
    for (UnitType t : creditTypes()) {
      if (allowanceTypes().contains(t)) {
        throw new IllegalArgumentException("EtsScheme " + id() + " lists " + t.code()
            + " both as an allowance and as a credit type");
      }
    }
  }
}
