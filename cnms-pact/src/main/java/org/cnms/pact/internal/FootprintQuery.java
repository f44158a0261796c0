// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cnms.quantification.method.ProductFootprint;

/**
 * The filter criteria of PACT v3 {@code ListFootprints} and of a {@code RequestCreatedEvent}:
 * {@code productId}, {@code companyId}, {@code geography}, {@code classification} (each one or
 * more values, given as repeated parameters, any of which matches), {@code validOn}, {@code validAfter}, {@code validBefore}
 * and {@code status}; different criteria must all match. The validity period of a footprint
 * without one is, as the specification sets it, from its reference period's end to three years
 * later. Immutable, thread-safe.
 *
 * @param productIds product ids, any of which matches
 * @param companyIds company ids, any of which matches
 * @param geographies region, country or subdivision codes, matched ignoring case
 * @param classifications product classifications
 * @param validOn the instant the footprint must be valid on
 * @param validAfter the instant the validity must start after
 * @param validBefore the instant the validity must end before
 * @param status the status
 */
public record FootprintQuery(List<String> productIds, List<String> companyIds,
    List<String> geographies, List<String> classifications, Optional<Instant> validOn,
    Optional<Instant> validAfter, Optional<Instant> validBefore, Optional<String> status) {

  /** The names of the criteria. */
  public static final List<String> CRITERIA = List.of("productId", "companyId", "geography",
      "classification", "validOn", "validAfter", "validBefore", "status");

  /**
   * The query of request parameters (each criterion given once or more times).
   *
   * @param params the parameters by name
   * @return the query
   * @throws IllegalArgumentException naming a date-time criterion that is not an RFC 3339
   *     date-time, or given more than once
   */
  public static FootprintQuery of(Map<String, List<String>> params) {
    return new FootprintQuery(values(params, "productId"), values(params, "companyId"),
        values(params, "geography"), values(params, "classification"),
        instant(params, "validOn"), instant(params, "validAfter"),
        instant(params, "validBefore"), single(params, "status"));
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        out.add(v.trim());
      }
    }
    return List.copyOf(out);
  }

  private static Optional<String> single(Map<String, List<String>> params, String name) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw new IllegalArgumentException(name + " is given " + v.size() + " times; give it once");
    }
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  private static Optional<Instant> instant(Map<String, List<String>> params, String name) {
    Optional<String> v = single(params, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v.get()).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " '" + v.get()
          + "' is not an RFC 3339 date-time such as 2025-01-01T00:00:00Z");
    }
  }

  /** The start of a footprint's validity: declared, or the end of its reference period. */
  public static Instant validFrom(ProductFootprint pf) {
    return pf.validityPeriodStart().orElse(pf.referencePeriodEnd());
  }

  /**
   * Whether the footprint matches every criterion given.
   *
   * @param pf the footprint, not null
   * @return true if it matches
   */
  public boolean matches(ProductFootprint pf) {
    if (!productIds.isEmpty() && pf.productIds().stream().noneMatch(productIds::contains)) {
      return false;
    }
    if (!companyIds.isEmpty() && pf.companyIds().stream().noneMatch(companyIds::contains)) {
      return false;
    }
    if (!classifications.isEmpty()
        && pf.productClassifications().stream().noneMatch(classifications::contains)) {
      return false;
    }
    if (!geographies.isEmpty()) {
      Optional<String> g = pf.geographyCountry().or(pf::geographyCountrySubdivision)
          .or(pf::geographyRegionOrSubregion);
      if (g.isEmpty() || geographies.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT)
          .equals(g.get().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    Instant from = validFrom(pf);
    Instant until = pf.validUntil();
    if (validOn.isPresent() && (from.isAfter(validOn.get()) || until.isBefore(validOn.get()))) {
      return false;
    }
    if (validAfter.isPresent() && !from.isAfter(validAfter.get())) {
      return false;
    }
    if (validBefore.isPresent() && !until.isBefore(validBefore.get())) {
      return false;
    }
    return status.isEmpty() || status.get().equals(pf.status());
  }
}
