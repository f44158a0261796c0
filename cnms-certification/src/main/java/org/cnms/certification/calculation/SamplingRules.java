// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The figures of multi-site sampling in the manner of IAF MD 1, as a data table: the factors of
 * the sample size ({@code initial_factor} 1, {@code surveillance_factor} 0.6, {@code
 * recertification_factor} 0.8, applied as ⌈factor × √sites⌉), the share of the sample chosen at
 * random ({@code random_fraction} 0.25), the greatest reduction of a sampled site's time ({@code
 * max_site_time_reduction} 0.5) and, where sampling does not apply, the least share of sites
 * audited per surveillance year ({@code unsampled_surveillance_fraction} 0.3).
 *
 * <p>The file: comment lines ({@code #}, the provenance), the header {@code key value verified
 * source} separated by tabs, one figure per line. {@link #iafMd1()} is the table shipped here,
 * taken from this project's summary of the standards and marked unverified. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSamplingRules.class)
public abstract class SamplingRules implements WithSamplingRules {

  static final List<String> HEADER = List.of("key", "value", "verified", "source");
  static final Set<String> KEYS = Set.of("initial_factor", "surveillance_factor",
      "recertification_factor", "random_fraction", "max_site_time_reduction",
      "unsampled_surveillance_fraction");

  /** The table's name. */
  public abstract String name();

  /** The provenance: the file's comment lines. */
  public abstract List<String> provenance();

  /** The figures. */
  public abstract List<SamplingRule> rules();

  /** The figure of {@code key}. */
  public SamplingRule rule(String key) {
    return rules().stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The sampling table " + name()
            + " has no figure " + key));
  }

  /** The value of {@code key}. */
  public BigDecimal value(String key) {
    return rule(key).value();
  }

  /** The sample-size factor of an audit type. */
  public BigDecimal factor(AuditType type) {
    return value(type.name().toLowerCase(java.util.Locale.ROOT) + "_factor");
  }

  /** The IAF MD 1 figures as this project summarises them, every one unverified. */
  public static SamplingRules iafMd1() {
    return parse(TableText.resource("iaf-md1-sampling.tsv"));
  }

  /**
   * Reads a sampling table.
   *
   * @param name the table's name, for messages
   * @param reader the text; closed after reading
   * @return the table
   * @throws IllegalArgumentException listing every problem (file:line: message), including
   *     missing, unknown or repeated keys and values outside 0 to 1 (factors: above 0)
   */
  public static SamplingRules parse(String name, Reader reader) {
    return parse(TableText.read(name, reader));
  }

  private static SamplingRules parse(TableText t) {
    List<String> problems = new ArrayList<>();
    t.requireHeader(HEADER, problems);
    Builder b = builder().name(t.name).addAllProvenance(t.provenance);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < t.rows.size(); i++) {
      List<String> row = t.rows.get(i);
      String where = t.name + ":" + t.lines.get(i);
      if (row.size() != HEADER.size()) {
        problems.add(where + ": expected " + HEADER.size() + " columns, found " + row.size());
        continue;
      }
      String key = row.get(0).strip();
      if (!KEYS.contains(key)) {
        problems.add(where + ": unknown key '" + key + "', expected one of " + new TreeSet<>(KEYS));
        continue;
      }
      if (!seen.add(key)) {
        problems.add(where + ": the key " + key + " is repeated");
        continue;
      }
      BigDecimal value;
      try {
        value = new BigDecimal(row.get(1).strip());
      } catch (NumberFormatException e) {
        problems.add(where + ": " + key + " is not a number: '" + row.get(1) + "'");
        continue;
      }
      boolean factor = key.endsWith("_factor");
      if (value.signum() <= 0 && factor || value.signum() < 0
          || !factor && value.compareTo(BigDecimal.ONE) > 0) {
        problems.add(where + ": " + key + " is out of range: " + value.toPlainString());
      }
      if (row.get(3).isBlank()) {
        problems.add(where + ": every figure needs its source");
      }
      b.addRule(SamplingRule.builder().key(key).value(value)
          .verified(TableText.verified(row.get(2).strip(), where, problems))
          .source(row.get(3).strip()).build());
    }
    Set<String> missing = new TreeSet<>(KEYS);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      problems.add(t.name + ": missing figures " + missing);
    }
    TableText.fail(t.name, problems);
    return b.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplingRules}; prefer {@link #parse}. */
  public static final class Builder extends ImmutableSamplingRules.Builder {}
}
