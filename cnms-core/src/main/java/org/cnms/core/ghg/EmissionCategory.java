// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import static org.cnms.core.ghg.Scope3Category.*;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The six categories into which T/CAS 612 clause 6.2.1 sorts every GHG source and sink (the
 * categories 1–6 of ISO 14064-1:2018, items a–f of the clause), each mapped to its GHG Protocol
 * scope and, for categories 3 to 6, to the scope-3 categories it covers.
 *
 * <p>In JSON, YAML and CSV a category is written as its number prefixed with {@code C} ({@code C1}
 * … {@code C6}); {@link #parse(String)} also accepts the plain number, the clause letter and the
 * enum name.
 */
public enum EmissionCategory implements ClauseItem {
  /** (a) Direct GHG emissions and removals. GHG Protocol scope 1. */
  DIRECT(1, GhgScope.SCOPE_1, EnumSet.noneOf(Scope3Category.class)),
  /** (b) Indirect GHG emissions from purchased energy (购入能源). GHG Protocol scope 2. */
  PURCHASED_ENERGY(2, GhgScope.SCOPE_2, EnumSet.noneOf(Scope3Category.class)),
  /** (c) Indirect GHG emissions from transportation. Scope 3 categories 4, 6, 7, 9. */
  TRANSPORTATION(3, GhgScope.SCOPE_3,
      EnumSet.of(UPSTREAM_TRANSPORTATION, BUSINESS_TRAVEL, EMPLOYEE_COMMUTING,
          DOWNSTREAM_TRANSPORTATION)),
  /**
   * (d) Indirect GHG emissions from products used by the organisation. Scope 3 categories 1, 2, 3,
   * 5, 8.
   */
  PRODUCTS_USED(4, GhgScope.SCOPE_3,
      EnumSet.of(PURCHASED_GOODS_AND_SERVICES, CAPITAL_GOODS, FUEL_AND_ENERGY_RELATED,
          WASTE_GENERATED_IN_OPERATIONS, UPSTREAM_LEASED_ASSETS)),
  /**
   * (e) Indirect GHG emissions associated with the use of products from the organisation. Scope 3
   * categories 10, 11, 12, 13.
   */
  USE_OF_PRODUCTS(5, GhgScope.SCOPE_3,
      EnumSet.of(PROCESSING_OF_SOLD_PRODUCTS, USE_OF_SOLD_PRODUCTS, END_OF_LIFE_OF_SOLD_PRODUCTS,
          DOWNSTREAM_LEASED_ASSETS)),
  /** (f) Indirect GHG emissions from other sources. Scope 3 categories 14, 15. */
  OTHER(6, GhgScope.SCOPE_3, EnumSet.of(FRANCHISES, INVESTMENTS));

  private final int number;
  private final GhgScope scope;
  private final Set<Scope3Category> scope3Categories;

  EmissionCategory(int number, GhgScope scope, EnumSet<Scope3Category> scope3) {
    this.number = number;
    this.scope = scope;
    this.scope3Categories = java.util.Collections.unmodifiableSet(scope3);
  }

  /** The ISO 14064-1 category number, 1 to 6. */
  public int number() {
    return number;
  }

  /** The GHG Protocol scope this category falls in. */
  public GhgScope scope() {
    return scope;
  }

  /** The GHG Protocol scope-3 categories this category covers; empty for categories 1 and 2. */
  public Set<Scope3Category> scope3Categories() {
    return scope3Categories;
  }

  /** Whether this is an indirect category (2 to 6). */
  public boolean isIndirect() {
    return this != DIRECT;
  }

  /** The code of this category in interchange formats: {@code C1} … {@code C6}. */
  @JsonValue
  public String code() {
    return "C" + number;
  }

  /**
   * The category that covers a scope-3 category.
   *
   * @param category the scope-3 category, not null
   * @return the category among 3 to 6 that covers it
   */
  public static EmissionCategory covering(Scope3Category category) {
    for (EmissionCategory c : values()) {
      if (c.scope3Categories.contains(category)) {
        return c;
      }
    }
    throw new AssertionError(category);
  }

  /**
   * Reads a category from {@code C1}…{@code C6}, {@code 1}…{@code 6}, the clause letter
   * {@code a}…{@code f} or the enum name, ignoring case.
   *
   * @param text the text to read, not null
   * @return the category
   * @throws IllegalArgumentException if the text names no category
   */
  @JsonCreator
  public static EmissionCategory parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (EmissionCategory c : values()) {
      if (t.equals(c.code()) || t.equals(String.valueOf(c.number)) || t.equals(c.name())
          || t.equals(c.citation().substring(0, 1).toUpperCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown emission category '" + text
        + "'; expected C1 to C6 (ISO 14064-1 categories of T/CAS 612 clause 6.2.1)");
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
