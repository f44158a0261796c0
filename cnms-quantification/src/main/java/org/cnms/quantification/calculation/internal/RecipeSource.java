// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation.internal;

import java.util.Objects;
import java.util.function.Function;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.method.ActivityMethod;
import org.jspecify.annotations.Nullable;

/**
 * Not API (this package is not exported). What a calculator offers the bulk runs of this module:
 * its shared, prepared {@link Recipe}s and the choice of method per record. A calculator keeps one
 * privately and hands it out only through {@link #of}, so that no public signature shows it.
 */
public interface RecipeSource {

  /** The recipe of {@code method} for the record's activity key, unit, region and period. */
  Recipe recipe(ActivityRecord record, ActivityMethod method);

  /** The method that applies to {@code record}. */
  ActivityMethod methodFor(ActivityRecord record);

  /** Whether some source has a method of its own (else the activity key decides the method). */
  boolean hasMethodsBySource();

  /**
   * Registers how to reach the recipe source of a calculator; the calculator's class does this
   * once, when it is initialised (so before any calculator exists).
   */
  static void register(Function<Object, RecipeSource> access) {
    Registry.access = Objects.requireNonNull(access, "access");
  }

  /**
   * The recipe source of {@code calculator}, an {@code org.cnms.quantification.calculation
   * .Calculator} (typed {@code Object} so that this package does not depend on the calculator's).
   */
  static RecipeSource of(Object calculator) {
    Function<Object, RecipeSource> a = Registry.access;
    if (a == null) {
      throw new IllegalStateException("No calculator has registered its recipe source");
    }
    return a.apply(calculator);
  }

  /** The registered access. */
  final class Registry {
    private static volatile @Nullable Function<Object, RecipeSource> access;

    private Registry() {}
  }
}
