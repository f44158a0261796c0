// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The sample of a multi-site audit in the manner of IAF MD 1: of {@code sites} sites (the central
 * function not counted), ⌈factor × √sites⌉ are visited — ⌈√x⌉ initial, ⌈0.6√x⌉ surveillance,
 * ⌈0.8√x⌉ recertification — with the central function audited every time, at least a quarter of
 * the sample (rounded up) chosen at random, and each sampled site's time reduced by at most half.
 *
 * <p>Worked by hand for 40 sites (√40 = 6.3246): initial ⌈6.32⌉ = 7, of them ⌈1.75⌉ = 2 at
 * random; surveillance ⌈3.79⌉ = 4 (1 at random); recertification ⌈5.06⌉ = 6 (2 at random); where
 * sampling does not apply, ⌈0.3 × 40⌉ = 12 sites per surveillance year.
 *
 * <p>Exact: ⌈k√x⌉ is the least {@code n} with {@code n² ≥ k²x}, compared in {@code BigDecimal}, no
 * floating point in the result. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSamplingPlan.class)
public abstract class SamplingPlan implements WithSamplingPlan {

  /** The table's name. */
  public abstract String rules();

  /** The audit type. */
  public abstract AuditType auditType();

  /** The sites, the central function not counted. */
  public abstract int sites();

  /** The sites to visit besides the central function. */
  public abstract int sampleSize();

  /** Of the sample, the least number chosen at random. */
  public abstract int randomSites();

  /** Whether the central function is audited: always. */
  @Value.Default
  public boolean centralFunctionAudited() {
    return true;
  }

  /** The least share of its full time a sampled site gets (1 − the greatest reduction). */
  public abstract BigDecimal minimumSiteTimeShare();

  /**
   * The least time of a sampled site whose full time is {@code fullDays}: the share, rounded up
   * to half days.
   *
   * @param fullDays the site's time without reduction, not null
   * @return the least days on that site
   */
  public BigDecimal minimumSiteDays(BigDecimal fullDays) {
    return AuditTime.halfDays(fullDays.multiply(minimumSiteTimeShare()), RoundingMode.UP);
  }

  /**
   * The sample of {@code sites} sites for an audit type.
   *
   * @param rules the sampling figures, not null
   * @param auditType the audit, not null
   * @param sites the sites, at least 1
   * @return the plan
   */
  public static SamplingPlan of(SamplingRules rules, AuditType auditType, int sites) {
    if (sites < 1) {
      throw new IllegalArgumentException("A multi-site sample needs at least 1 site, but "
          + sites + " were given");
    }
    int n = ceilFactorSqrt(rules.factor(auditType), sites);
    int random = rules.value("random_fraction").multiply(BigDecimal.valueOf(n))
        .setScale(0, RoundingMode.CEILING).intValueExact();
    return builder().rules(rules.name()).auditType(auditType).sites(sites)
        .sampleSize(Math.min(n, sites)).randomSites(Math.min(random, n))
        .minimumSiteTimeShare(BigDecimal.ONE.subtract(rules.value("max_site_time_reduction")))
        .build();
  }

  /**
   * Where sampling does not apply: the least number of sites audited per surveillance year,
   * ⌈fraction × sites⌉.
   *
   * @param rules the sampling figures, not null
   * @param sites the sites, at least 1
   * @return the least sites per surveillance year
   */
  public static int unsampledSitesPerSurveillanceYear(SamplingRules rules, int sites) {
    return rules.value("unsampled_surveillance_fraction").multiply(BigDecimal.valueOf(sites))
        .setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /**
   * ⌈k × √x⌉, exactly: the least {@code n ≥ 0} with {@code n² ≥ k² x}.
   *
   * @param k the factor, positive
   * @param x the number, not negative
   * @return the ceiling
   */
  public static int ceilFactorSqrt(BigDecimal k, int x) {
    BigDecimal target = k.multiply(k).multiply(BigDecimal.valueOf(x));
    long n = (long) Math.floor(k.doubleValue() * Math.sqrt(x));
    n = Math.max(0, n - 2);
    while (BigDecimal.valueOf(n * n).compareTo(target) < 0) {
      n++;
    }
    return Math.toIntExact(n);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplingPlan}; prefer {@link #of}. */
  public static final class Builder extends ImmutableSamplingPlan.Builder {}
}
