// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Currency;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The price of one carbon unit (单价, T/CAS 612 clause 6.7): an exact amount of money in a
 * currency, per unit of 1 tCO₂e, e.g. {@code CNY 58.20}.
 *
 * <p>Exact: the amount is held as given, scale included. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUnitPrice.class)
public abstract class UnitPrice implements WithUnitPrice {

  /** The amount per unit, not negative, exact. */
  public abstract BigDecimal amount();

  /** The currency, ISO 4217. */
  public abstract Currency currency();

  /**
   * The price {@code amount} in {@code currency}, e.g. {@code UnitPrice.of("58.20", "CNY")}.
   *
   * @param amount the decimal amount per unit, not negative
   * @param currency the ISO 4217 code
   * @return the price
   * @throws IllegalArgumentException if the amount is negative or not a decimal, or the currency
   *     code is unknown
   */
  public static UnitPrice of(String amount, String currency) {
    return of(new BigDecimal(amount), Currency.getInstance(currency));
  }

  /** The price {@code amount} in {@code currency}. */
  public static UnitPrice of(BigDecimal amount, Currency currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /** The price of {@code quantity} units, exact. */
  public BigDecimal times(long quantity) {
    return amount().multiply(BigDecimal.valueOf(quantity));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitPrice}; both attributes are required. */
  public static final class Builder extends ImmutableUnitPrice.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonNegative("UnitPrice", "amount", amount());
  }

  /** The price as {@code CNY 58.20}. */
  @Override
  public String toString() {
    return currency().getCurrencyCode() + " " + amount().toPlainString();
  }
}
