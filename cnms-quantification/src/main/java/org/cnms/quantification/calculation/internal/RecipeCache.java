// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation.internal;

import java.util.HashMap;
import java.util.Objects;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.method.ActivityMethod;
import org.jspecify.annotations.Nullable;

/**
 * Not API (this package is not exported). A small per-thread cache in front of a {@link
 * RecipeSource}, for bulk runs: a hash table keyed by method, activity key, unit, region and
 * period, probed with one reused key so that a hit allocates nothing and compares one entry. Not
 * thread-safe — one per accumulator.
 */
public final class RecipeCache {
  private final RecipeSource source;
  private final HashMap<CacheKey, Recipe> recipes = new HashMap<>();
  private final CacheKey probe = new CacheKey();
  private long misses;

  /** An empty cache in front of {@code source}. */
  public RecipeCache(RecipeSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The recipe of the record's method. */
  public Recipe recipe(ActivityRecord record) {
    // without methods by source, the activity key decides the method: no look-up on a hit
    @Nullable ActivityMethod m = source.hasMethodsBySource() ? source.methodFor(record) : null;
    CacheKey key = probe.set(m, record.activityKey(), record.amount().unit(),
        record.region().orElse(null), record.period());
    Recipe r = recipes.get(key);
    if (r == null) {
      r = source.recipe(record, m != null ? m : source.methodFor(record));
      recipes.put(key.copy(), r);
      misses++;
    }
    return r;
  }

  /**
   * How many look-ups missed this cache. A record of a period this cache has not seen always
   * misses (the period is part of the key).
   */
  public long misses() {
    return misses;
  }

  /**
   * The key of a {@link RecipeCache}: the method by identity (methods come from the calculator;
   * none when the activity key decides it), the rest by value with identity fast paths, the hash
   * computed once per probe.
   */
  private static final class CacheKey {
    // set by set() before every use
    private @Nullable ActivityMethod method;
    private String activityKey;
    private MeasureUnit unit;
    private @Nullable String region;
    private ReportingPeriod period;
    private int hash;

    CacheKey() {}

    CacheKey set(@Nullable ActivityMethod method, String activityKey, MeasureUnit unit,
        @Nullable String region, ReportingPeriod period) {
      this.method = method;
      this.activityKey = activityKey;
      this.unit = unit;
      this.region = region;
      this.period = period;
      int h = method == null ? 0 : System.identityHashCode(method);
      h = h * 31 + activityKey.hashCode();
      h = h * 31 + unit.hashCode();
      h = h * 31 + (region == null ? 0 : region.hashCode());
      h = h * 31 + period.hashCode();
      // spread: the hashes of monthly periods differ mostly in high bits
      h *= 0x9E3779B9;
      this.hash = h ^ (h >>> 16);
      return this;
    }

    CacheKey copy() {
      return new CacheKey().set(method, activityKey, unit, region, period);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof CacheKey)) {
        return false;
      }
      CacheKey k = (CacheKey) o;
      return hash == k.hash && method == k.method
          && (activityKey == k.activityKey || activityKey.equals(k.activityKey))
          && (unit == k.unit || unit.equals(k.unit)) && Objects.equals(region, k.region)
          && (period == k.period || period.equals(k.period));
    }
  }
}
