// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.json.CnmsJson;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.factor.MissingFactor;
import org.jspecify.annotations.Nullable;

/**
 * The portable state of an {@link InventoryAccumulator} (T/CAS 612 clause 6.3 c): a plain,
 * versioned value that holds no calculator, so that partial inventories can travel between
 * machines (Spark, Flink, a queue) as Java-serialised objects or as JSON, and be merged or
 * turned into an inventory elsewhere ({@link InventoryAccumulator#restore}).
 *
 * <p><b>Exactness.</b> Every sum is exact and written as a decimal string that reads back with
 * the same value and scale ({@link BigDecimal#toString()}, e.g. {@code "12.3450"}, or {@code
 * "5.366E-2000001"} for an extreme scale). A line's sums are kept as fractions: per denominator of
 * the multipliers ({@code "1"} for exact ones, {@code "3"} for 44/12 …) the exact sum of the
 * numerator products, divided only when the inventory is made.
 *
 * <p><b>Canonical.</b> Lines are sorted by source, category, way of obtaining data, gas and kind;
 * terms by denominator; missing factors by identity, each with the {@link MissingFactor#MAX_IDS}
 * smallest record ids. Since the sums are exact and the sample is the smallest ids, two
 * accumulators fed with the same records, whatever the split into partitions and the order of
 * merging, have {@code equals} states.
 *
 * <p>Immutable, thread-safe, serialisable.
 *
 * @param version the format version, {@link #VERSION}
 * @param gwpSet the GWP set of the calculator, e.g. {@code AR5}
 * @param factorLibraryVersion the factor library's name and version
 * @param minScale the calculator's minimum scale of divided figures
 * @param records how many records and results were added
 * @param earliest the earliest day of the activity periods, ISO text, null if none
 * @param latest the latest day of the activity periods, ISO text, null if none
 * @param lines the exact sums per source, facility, category, way of obtaining, gas and kind
 * @param ratings the exact data-quality sums of rated emissions
 * @param missingFactors the factors found missing, each with the smallest ids that needed it
 */
public record AccumulatorState(int version, String gwpSet, String factorLibraryVersion,
    int minScale, long records, @Nullable String earliest, @Nullable String latest,
    List<Line> lines, Ratings ratings, List<MissingFactor> missingFactors)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The format version this release writes and reads. */
  public static final int VERSION = 1;

  /**
   * The canonical constructor; copies the lists.
   *
   * @throws IllegalArgumentException if the version is not {@link #VERSION}
   */
  public AccumulatorState {
    if (version != VERSION) {
      throw new IllegalArgumentException("Accumulator state version " + version
          + " is not supported; this release reads version " + VERSION);
    }
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(factorLibraryVersion, "factorLibraryVersion");
    Objects.requireNonNull(ratings, "ratings");
    lines = List.copyOf(lines);
    missingFactors = List.copyOf(missingFactors);
  }

  /** This state as JSON. */
  public String toJson() {
    return CnmsJson.toJson(this);
  }

  /**
   * Reads a state from its JSON.
   *
   * @throws org.cnms.core.json.InterchangeException if the text is not a state
   */
  public static AccumulatorState fromJson(String json) {
    return CnmsJson.fromJson(json, AccumulatorState.class);
  }

  /**
   * The exact sums of one line of the inventory, kept apart by how the data were obtained.
   * Immutable, serialisable.
   *
   * @param sourceId the source
   * @param facilityId the facility the source sits in
   * @param category the emission category
   * @param obtainedBy how the activity data were obtained
   * @param gas the gas
   * @param kind emission, removal or biogenic CO₂
   * @param gasTonnes the tonnes of gas, as exact fractions
   * @param co2e the tonnes of CO₂e, as exact fractions
   */
  public record Line(String sourceId, String facilityId, EmissionCategory category,
      ObtainedBy obtainedBy, GreenhouseGas gas, LineKind kind, List<Term> gasTonnes,
      List<Term> co2e) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The canonical constructor; copies the lists. */
    public Line {
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(facilityId, "facilityId");
      gasTonnes = List.copyOf(gasTonnes);
      co2e = List.copyOf(co2e);
    }
  }

  /**
   * The exact sum of numerator products over one denominator. Immutable, serialisable.
   *
   * @param denominator the positive integer denominator, e.g. {@code "3"}
   * @param numerator the exact sum of the numerator products, as {@link BigDecimal#toString()}
   */
  public record Term(String denominator, String numerator) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The canonical constructor.
     *
     * @throws IllegalArgumentException if the denominator is not a positive integer or the
     *     numerator not a decimal
     */
    public Term {
      try {
        if (new BigInteger(denominator).signum() <= 0) {
          throw new IllegalArgumentException("A term's denominator must be positive, but was "
              + denominator);
        }
        new BigDecimal(numerator);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("A term is an integer denominator and a decimal "
            + "numerator, but was " + denominator + " and " + numerator, e);
      }
    }

    static Term of(BigInteger denominator, BigDecimal numerator) {
      return new Term(denominator.toString(), numerator.toString());
    }

    BigInteger denominatorValue() {
      return new BigInteger(denominator);
    }

    BigDecimal numeratorValue() {
      return new BigDecimal(numerator);
    }
  }

  /**
   * The exact data-quality sums (clause 6.8): the rated emissions and their weighted sums by the
   * three ratings. Immutable, serialisable.
   *
   * @param rated the tonnes of CO₂e of rated records
   * @param technological the sum of emissions × technological rating
   * @param temporal the sum of emissions × temporal rating
   * @param geographical the sum of emissions × geographical rating
   */
  public record Ratings(String rated, String technological, String temporal,
      String geographical) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The canonical constructor; every sum must be a decimal. */
    public Ratings {
      for (String s : new String[] {rated, technological, temporal, geographical}) {
        new BigDecimal(Objects.requireNonNull(s, "sum"));
      }
    }
  }
}
