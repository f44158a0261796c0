// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of lists of distinct enum constants, in a random order. */
public final class EnumGen {

  private EnumGen() {}

  /** Lists of {@code min} or more distinct constants of {@code type}, shuffled. */
  public static <E extends Enum<E>> Gen<List<E>> distinct(Class<E> type, int min) {
    E[] all = type.getEnumConstants();
    return in -> {
      List<E> pool = new ArrayList<>(Arrays.asList(all));
      int n = (int) in.next(Constraint.between(min, all.length));
      List<E> picked = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        picked.add(pool.remove((int) in.next(Constraint.between(0, pool.size() - 1))));
      }
      return picked;
    };
  }
}
