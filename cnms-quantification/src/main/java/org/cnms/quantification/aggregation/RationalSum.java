// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.cnms.quantification.internal.Multiplier;
import org.jspecify.annotations.Nullable;

/**
 * The exact sum of one line of an {@link InventoryAccumulator}, as a sum of fractions: per
 * distinct denominator of the multipliers (1 for the exact ones), a {@link Part} summing the exact
 * numerator products over it; {@link #total} divides each part once, by the rounding policy of
 * {@code Trace} (to {@code max(scale + k, minScale)} places, half-even, where k is the larger
 * power of 2 or 5 in the denominator), and adds the quotients. So 1/3 + 1/6 at 12 places is
 * 0.333333333333 + 0.166666666667 = 0.500000000000, and 2/6 + 1/6 is 3/6 = 0.500000000000 with
 * a single division. Merging two sums ({@link #addAll}) adds their numerators exactly, so the
 * total does not depend on the order of additions or merges. Mutable, not thread-safe.
 */
final class RationalSum {

  private static final Part[] NO_PARTS = new Part[0];

  private Part[] parts = NO_PARTS;
  private int n;

  /** The part of {@code denominator}, made if new. */
  Part part(BigInteger denominator) {
    for (int j = 0; j < n; j++) {
      BigInteger d = parts[j].denominator();
      if (d == denominator || d.equals(denominator)) {
        return parts[j];
      }
    }
    if (n == parts.length) {
      parts = Arrays.copyOf(parts, Math.max(2, 2 * n));
    }
    Part p = new Part(denominator);
    parts[n++] = p;
    return p;
  }

  /** Adds every numerator of {@code other} to the part of its denominator, exactly. */
  void addAll(RationalSum other) {
    for (int j = 0; j < other.n; j++) {
      part(other.parts[j].denominator()).addAll(other.parts[j]);
    }
  }

  /**
   * The exact numerator sum of each denominator that has one, in ascending order of the
   * denominators: the portable form of this sum ({@link AccumulatorState}).
   */
  java.util.SortedMap<BigInteger, BigDecimal> numerators() {
    java.util.TreeMap<BigInteger, BigDecimal> m = new java.util.TreeMap<>();
    for (int j = 0; j < n; j++) {
      BigDecimal sum = parts[j].total();
      if (sum != null) {
        m.put(parts[j].denominator(), sum);
      }
    }
    return m;
  }

  /** The total: each part's sum divided once by its denominator, added. */
  BigDecimal total(int minScale) {
    @Nullable BigDecimal t = null;
    for (int j = 0; j < n; j++) {
      BigDecimal sum = parts[j].total();
      if (sum != null) {
        BigDecimal q = Multiplier.divide(sum, parts[j].denominator(), minScale);
        t = t == null ? q : t.add(q);
      }
    }
    if (t == null) {
      throw new IllegalStateException("empty sum");
    }
    return t;
  }

  /**
   * The exact sum of numerator products over one denominator, in one line of the inventory: a
   * {@code long} of unscaled digits at the largest scale added so far, so that adding the product
   * of a compact amount and a compact numerator costs a long multiplication and an addition, and a
   * {@link BigDecimal} that takes what would overflow the long. Its {@link #total} is exactly the
   * {@link BigDecimal} sum of the products, value and scale (the largest scale of the products).
   */
  static final class Part {
    private static final int EMPTY = Integer.MIN_VALUE;
    private static final long[] POWERS = new long[19];

    static {
      POWERS[0] = 1;
      for (int k = 1; k < POWERS.length; k++) {
        POWERS[k] = POWERS[k - 1] * 10;
      }
    }

    private final BigInteger denominator;
    /** The long part: {@code unscaled × 10^-scale}; {@link #EMPTY} scale when nothing is in it. */
    private long unscaled;
    private int scale = EMPTY;
    /** What overflowed the long part; null if nothing. */
    private @Nullable BigDecimal big;

    Part(BigInteger denominator) {
      this.denominator = denominator;
    }

    /** The denominator the numerators of this part are over. */
    BigInteger denominator() {
      return denominator;
    }

    /** Adds {@code v × 10^-s}. */
    void add(long v, int s) {
      if (s == scale) {
        long r = unscaled + v;
        if (((unscaled ^ r) & (v ^ r)) >= 0) {
          unscaled = r;
          return;
        }
      }
      addRescaled(v, s);
    }

    /** {@link #add} when the scales differ or the sum overflows. */
    private void addRescaled(long v, int s) {
      if (scale == EMPTY) {
        unscaled = v;
        scale = s;
      } else if (s < scale) {
        long w = scaledUp(v, scale - s);
        if (w == OVERFLOW) {
          add(BigDecimal.valueOf(v, s));
        } else {
          addAtScale(w);
        }
      } else if (s > scale) {
        long u = scaledUp(unscaled, s - scale);
        if (u == OVERFLOW) {
          spill();
          scale = s;
          unscaled = v;
        } else {
          scale = s;
          unscaled = u;
          addAtScale(v);
        }
      } else {
        addAtScale(v);
      }
    }

    /** Adds {@code v × 10^-scale}, moving the long part into {@link #big} if the sum overflows. */
    private void addAtScale(long v) {
      long r = unscaled + v;
      if (((unscaled ^ r) & (v ^ r)) < 0) {
        spill();
        unscaled = v;
      } else {
        unscaled = r;
      }
    }

    private void spill() {
      add(BigDecimal.valueOf(unscaled, scale));
      unscaled = 0;
    }

    /** Adds a decimal exactly. */
    void add(BigDecimal v) {
      big = big == null ? v : big.add(v);
    }

    void addAll(Part other) {
      if (other.scale != EMPTY) {
        add(other.unscaled, other.scale);
      }
      if (other.big != null) {
        add(other.big);
      }
    }

    /** The exact sum, null if nothing was added. */
    @Nullable BigDecimal total() {
      if (scale == EMPTY) {
        return big;
      }
      BigDecimal l = BigDecimal.valueOf(unscaled, scale);
      return big == null ? l : big.add(l);
    }

    private static final long OVERFLOW = Long.MIN_VALUE;

    /** {@code x × 10^k}, or {@link #OVERFLOW} (never a multiple of 10) if it overflows. */
    private static long scaledUp(long x, int k) {
      if (k >= POWERS.length) {
        return OVERFLOW;
      }
      long m = POWERS[k];
      long p = x * m;
      return Math.multiplyHigh(x, m) == (p >> 63) ? p : OVERFLOW;
    }
  }
}
