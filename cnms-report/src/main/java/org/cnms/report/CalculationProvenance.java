// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.GasResult;
import org.cnms.quantification.method.FactorUse;
import org.cnms.report.CarbonNeutralityReport.AppliedFactor;

/**
 * What the figures of an inventory were computed with (T/CAS 612 clause 6.3, the quantification
 * of emissions and removals, and 7.5, its documented information): per period of activity data,
 * the factors actually applied to each source by each method — a factor taken from an earlier data
 * year than the record's, or noted as a fallback, marked —, the CO₂e quantified with factors not
 * separated by gas (product footprints, freight, travel), which the inventory books as CO₂, and
 * the number of activity records.
 *
 * <p>Built by adding {@link CalculationResult}s one at a time: memory grows with the distinct
 * periods and factors, never with the records. A result may stand for several records that share
 * every input of the calculation but their amount, quantified once on their summed amount (the
 * calculation is linear in the amount): {@link #add(CalculationResult, long)}. What is read back
 * does not depend on the order of the results across periods (periods are merged by start, then
 * end); within a period, a factor is described by the first result that applied it.
 *
 * <p>Mutable and not thread-safe: fill it in one thread, then hand it to {@link
 * ReportBuilder#provenance(CalculationProvenance)}.
 */
public final class CalculationProvenance {

  private final Map<ReportingPeriod, Part> parts = new HashMap<>();

  /** An empty provenance. */
  public CalculationProvenance() {}

  /**
   * The provenance of the given results, each standing for one activity record.
   *
   * @param results the calculation results, with their traces
   * @return a new provenance
   */
  public static CalculationProvenance of(Collection<CalculationResult> results) {
    CalculationProvenance p = new CalculationProvenance();
    results.forEach(p::add);
    return p;
  }

  /**
   * Adds the result of one activity record.
   *
   * @param result the calculation result, with its trace
   * @return this provenance
   */
  public CalculationProvenance add(CalculationResult result) {
    return add(result, 1);
  }

  /**
   * Adds a result that stands for {@code records} activity records of the same inputs, quantified
   * once on their summed amount.
   *
   * @param result the calculation result, with its trace
   * @param records the number of records it stands for, at least 1
   * @return this provenance
   * @throws IllegalArgumentException if {@code records} is less than 1
   */
  public CalculationProvenance add(CalculationResult result, long records) {
    Objects.requireNonNull(result, "result");
    if (records < 1) {
      throw new IllegalArgumentException("a result stands for at least one record: " + records);
    }
    Part part = parts.computeIfAbsent(result.period(), p -> new Part());
    part.records += records;
    int year = result.period().start().getYear();
    for (GasResult g : result.lines()) {
      if (g.kind() == LineKind.EMISSION && !g.isSeparatedByGas()) {
        part.unseparated = part.unseparated.plus(g.co2e());
        part.unseparatedMass = part.unseparatedMass.add(g.gasTonnes());
      }
      boolean noted = g.trace().notes().stream().anyMatch(n -> n.startsWith("fallback"));
      for (FactorUse f : g.trace().factors()) {
        String key = result.sourceId() + "|" + result.method() + "|" + f.id();
        if (!part.factors.containsKey(key)) {
          part.factors.put(key, new AppliedFactor(result.sourceId(), result.method(), f.id(),
              f.value(), f.unit(), f.dataYear().orElse(null),
              noted || f.isFromEarlierYearThan(year), f.provenance().cite(),
              g.trace().notes()));
        }
      }
    }
    return this;
  }

  /** The number of activity records the results added stand for. */
  public long records() {
    long n = 0;
    for (Part p : parts.values()) {
      n += p.records;
    }
    return n;
  }

  /** Whether no result was added. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * The provenance of the activity data whose periods {@code period} encloses.
   *
   * @param period an inventory's period
   * @return its records, CO₂e not separated by gas and factors (ordered by source, method and
   *     factor id)
   */
  Summary within(ReportingPeriod period) {
    List<ReportingPeriod> enclosed = new ArrayList<>();
    for (ReportingPeriod p : parts.keySet()) {
      if (period.encloses(p)) {
        enclosed.add(p);
      }
    }
    enclosed.sort(Comparator.comparing(ReportingPeriod::start)
        .thenComparing(ReportingPeriod::end));
    long records = 0;
    Co2e unseparated = Co2e.ZERO;
    BigDecimal mass = BigDecimal.ZERO;
    Map<String, AppliedFactor> factors = new TreeMap<>();
    for (ReportingPeriod p : enclosed) {
      Part part = parts.get(p);
      records += part.records;
      unseparated = unseparated.plus(part.unseparated);
      mass = mass.add(part.unseparatedMass);
      part.factors.forEach(factors::putIfAbsent);
    }
    return new Summary(records, unseparated, mass, List.copyOf(factors.values()));
  }

  /** The provenance of an inventory's period. */
  record Summary(long records, Co2e unseparated, BigDecimal unseparatedMass,
      List<AppliedFactor> factors) {}

  /** What the results of one period of activity data add up to. */
  private static final class Part {
    long records;
    Co2e unseparated = Co2e.ZERO;
    BigDecimal unseparatedMass = BigDecimal.ZERO;
    final Map<String, AppliedFactor> factors = new LinkedHashMap<>();
  }
}
