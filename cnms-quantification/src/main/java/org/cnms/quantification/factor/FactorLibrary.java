// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * A versioned library of emission factors and fuel parameters (排放因子库, T/CAS 612 clauses 6.3 and
 * 6.8). Every calculation result names the library {@linkplain #version() version} it used, so an
 * old inventory can be recomputed exactly as it was.
 *
 * <p><b>Lookup</b> ({@link #lookup}) by activity key, region and activity period:
 * <ol>
 *   <li>the factors of the key whose region is the one asked for (a region matches its full name,
 *       e.g. {@code east (华东)}, its English part {@code east} or its Chinese part {@code 华东},
 *       ignoring case);
 *   <li>if there are none and the library lists {@link FallbackRule#NATIONAL_FOR_REGION}, the
 *       factors of region {@code national};
 *   <li>of those, the ones that {@linkplain EmissionFactor#appliesTo apply} to the period;
 *   <li>if there are none and the library lists {@link FallbackRule#LATEST_EARLIER_YEAR}, the ones of
 *       the latest data year (or validity end) before the period starts.
 * </ol>
 * Each rule applied adds a note to the lookup. Nothing else is tried: no other region, no later
 * year, no "nearest" match. Two factors of the same gas left at the end are an ambiguity and
 * reported as a problem, not resolved by order.
 *
 * <p>Libraries load from the embedded reference data ({@code ReferenceData.chinaFactorLibrary()}),
 * from JSON or YAML ({@link org.cnms.core.json.CnmsJson}) and from CSV ({@link FactorCsv}).
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFactorLibrary.class)
public abstract class FactorLibrary implements WithFactorLibrary {

  /** The library's name, e.g. {@code cnms-china-reference}. */
  public abstract String name();

  /** The version, e.g. {@code 2025.1}; results name it. */
  public abstract String version();

  /** The emission factors. */
  public abstract List<EmissionFactor> factors();

  /** The fuel parameters for the fuel-combustion method. */
  public abstract List<FuelParameters> fuels();

  /** The fallback rules the library applies; none by default (exact lookups only). */
  public abstract List<FallbackRule> fallbackRules();

  /** The region asked for when an activity names none; {@code national} by default. */
  @Value.Default
  public String defaultRegion() {
    return EmissionFactor.NATIONAL;
  }

  @Value.Lazy
  Map<String, List<EmissionFactor>> byKey() {
    Map<String, List<EmissionFactor>> m = new LinkedHashMap<>();
    for (EmissionFactor f : factors()) {
      m.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  /** The name and version, e.g. {@code cnms-china-reference 2025.1}. */
  public String nameAndVersion() {
    return name() + " " + version();
  }

  /** The factor with the given id, if any. */
  public Optional<EmissionFactor> factor(String id) {
    return factors().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The parameters of the fuel with the given key, if any. */
  public Optional<FuelParameters> fuel(String key) {
    return fuels().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Looks up the factors of an activity, by the rules of the class.
   *
   * @param key the activity key, e.g. {@code electricity.grid.mee-nbs-average}
   * @param region the activity's region, or empty for the {@linkplain #defaultRegion() default}
   * @param period the activity period
   * @return the factors found with notes, or the reason none was found
   */
  public FactorLookup lookup(String key, Optional<String> region, ReportingPeriod period) {
    String wanted = region.orElse(defaultRegion());
    List<EmissionFactor> all = byKey().getOrDefault(key, List.of());
    List<String> notes = new ArrayList<>();
    if (all.isEmpty()) {
      return new FactorLookup(key, wanted, period, List.of(), notes, Optional.of(
          "library " + nameAndVersion() + " has no factor with this key"));
    }
    List<EmissionFactor> inRegion = all.stream().filter(f -> f.isForRegion(wanted)).toList();
    if (inRegion.isEmpty() && fallbackRules().contains(FallbackRule.NATIONAL_FOR_REGION)
        && !EmissionFactor.regionMatches(EmissionFactor.NATIONAL, wanted)) {
      inRegion = all.stream().filter(f -> f.isForRegion(EmissionFactor.NATIONAL)).toList();
      if (!inRegion.isEmpty()) {
        notes.add("fallback " + FallbackRule.NATIONAL_FOR_REGION + ": no factor for region "
            + wanted + ", national factor used");
      }
    }
    if (inRegion.isEmpty()) {
      return new FactorLookup(key, wanted, period, List.of(), notes, Optional.of(
          "library " + nameAndVersion() + " has factors of this key only for region(s) "
              + all.stream().map(EmissionFactor::region).distinct()
                  .collect(Collectors.joining(", "))));
    }
    List<EmissionFactor> applying = inRegion.stream().filter(f -> f.appliesTo(period)).toList();
    if (applying.isEmpty() && fallbackRules().contains(FallbackRule.LATEST_EARLIER_YEAR)) {
      Optional<Integer> latest = inRegion.stream().map(FactorLibrary::lastYear)
          .flatMap(Optional::stream).filter(y -> y < period.start().getYear())
          .max(Comparator.naturalOrder());
      if (latest.isPresent()) {
        int y = latest.get();
        applying = inRegion.stream().filter(f -> lastYear(f).filter(l -> l == y).isPresent())
            .toList();
        notes.add("fallback " + FallbackRule.LATEST_EARLIER_YEAR + ": no factor applies to "
            + period + ", factor of " + y + " used");
      }
    }
    if (applying.isEmpty()) {
      return new FactorLookup(key, wanted, period, List.of(), notes, Optional.of(
          "no factor applies to the activity period; the library has "
              + inRegion.stream().map(f -> f.id() + " (" + f.validityText() + ")")
                  .collect(Collectors.joining(", "))));
    }
    Map<Optional<GreenhouseGas>, List<EmissionFactor>> byGas = applying.stream()
        .collect(Collectors.groupingBy(EmissionFactor::gas, LinkedHashMap::new,
            Collectors.toList()));
    for (List<EmissionFactor> same : byGas.values()) {
      if (same.size() > 1) {
        return new FactorLookup(key, wanted, period, List.of(), notes, Optional.of(
            "ambiguous: " + same.stream().map(EmissionFactor::id)
                .collect(Collectors.joining(", ")) + " all apply to "
                + same.get(0).gas().map(GreenhouseGas::code).orElse("CO2e")));
      }
    }
    return new FactorLookup(key, wanted, period, applying, notes, Optional.empty());
  }

  private static Optional<Integer> lastYear(EmissionFactor f) {
    if (f.validTo().isPresent()) {
      return Optional.of(f.validTo().get().getYear());
    }
    return f.dataYear();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FactorLibrary}; name and version are required. */
  public static final class Builder extends ImmutableFactorLibrary.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("FactorLibrary", "name", name());
    Checks.requireNonBlank("FactorLibrary", "version", version());
    Checks.requireDistinct("FactorLibrary", "factors", factors(), EmissionFactor::id);
    Checks.requireDistinct("FactorLibrary", "fuels", fuels(), FuelParameters::key);
    Checks.requireDistinct("FactorLibrary", "fallbackRules", fallbackRules(), r -> r);
  }
}
