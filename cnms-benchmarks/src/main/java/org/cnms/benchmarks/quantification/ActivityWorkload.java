// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.quantification;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.DomainUnits;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.TraceMode;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.Provenance;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.DirectMeasurementMethod;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import tech.units.indriya.quantity.Quantities;

/**
 * The workload of the quantification benchmarks: activity records of 2022 generated from a seed
 * (purchased electricity in kWh and MWh, diesel in t and natural gas in 10⁴ Nm³ by the GB/T 32150
 * defaults, refrigerant leaks of HFC-134a and R-410A in kg, over six facilities in three grid
 * regions and three emission categories), the engine's calculator for them, and three
 * hand-written loops over the same records with factors resolved beforehand: exact {@link
 * BigDecimal}, per-record Indriya {@link Quantity} arithmetic, and plain {@code double}.
 *
 * <p>Record {@code i} of a seed is a pure function of both, so a stream of any length can be
 * generated, in parallel, without keeping the records.
 */
public final class ActivityWorkload {

  /** The reporting period of every record. */
  public static final ReportingPeriod YEAR = ReportingPeriod.calendarYear(2022);
  /** The GWP set. */
  public static final GwpSet GWP = GwpSet.ar5();

  static final String HFC_134A_KEY = "refrigerant.hfc-134a";
  static final String R410A_KEY = "refrigerant.r-410a";

  private static final UnitRegistry UNITS = UnitRegistry.standard();
  private static final MeasureUnit KWH = UNITS.byCode("kWh");
  private static final MeasureUnit MWH = UNITS.byCode("MWh");
  private static final MeasureUnit TONNE = UNITS.byCode("t");
  private static final MeasureUnit KG = UNITS.byCode("kg");
  private static final MeasureUnit GAS_VOLUME = UNITS.byCode("1e4Nm3");

  private static final String[] REGIONS = {null, "east (华东)", "south (南方)"};
  private static final int FACILITIES = 6;
  private static final ReportingPeriod[] MONTHS = new ReportingPeriod[12];

  static {
    for (int m = 0; m < 12; m++) {
      LocalDate start = LocalDate.of(2022, m + 1, 1);
      MONTHS[m] = ReportingPeriod.of(start, start.plusMonths(1).minusDays(1));
    }
  }

  /** The kinds of record, with their share of the workload in percent. */
  enum Kind {
    ELECTRICITY_KWH(ReferenceData.GRID_AVERAGE, KWH, 2, 50_000_000L, 40),
    ELECTRICITY_MWH(ReferenceData.GRID_AVERAGE, MWH, 3, 500_000L, 10),
    DIESEL_T("diesel", TONNE, 3, 50_000L, 20),
    NATURAL_GAS("natural-gas", GAS_VOLUME, 4, 200_000L, 15),
    HFC_134A(HFC_134A_KEY, KG, 1, 1_000L, 8),
    R410A(R410A_KEY, KG, 1, 1_000L, 7);

    final String key;
    final MeasureUnit unit;
    final int scale;
    final long bound;
    final int percent;

    Kind(String key, MeasureUnit unit, int scale, long bound, int percent) {
      this.key = key;
      this.unit = unit;
      this.scale = scale;
      this.bound = bound;
      this.percent = percent;
    }
  }

  private static final Kind[] BY_PERCENT = new Kind[100];
  private static final String[][] SOURCES = new String[FACILITIES][Kind.values().length];
  private static final String[] FACILITY_IDS = new String[FACILITIES];

  static {
    int p = 0;
    for (Kind k : Kind.values()) {
      for (int i = 0; i < k.percent; i++) {
        BY_PERCENT[p++] = k;
      }
    }
    if (p != 100) {
      throw new IllegalStateException("shares add up to " + p + " %");
    }
    for (int f = 0; f < FACILITIES; f++) {
      FACILITY_IDS[f] = "plant-" + (f + 1);
      for (Kind k : Kind.values()) {
        SOURCES[f][k.ordinal()] = FACILITY_IDS[f] + "." + k.name().toLowerCase();
      }
    }
  }

  private ActivityWorkload() {}

  /** The category of a kind of record at a facility: diesel of the last two is transport. */
  static EmissionCategory category(Kind kind, int facility) {
    switch (kind) {
      case ELECTRICITY_KWH:
      case ELECTRICITY_MWH:
        return EmissionCategory.PURCHASED_ENERGY;
      case DIESEL_T:
        return facility >= 4 ? EmissionCategory.TRANSPORTATION : EmissionCategory.DIRECT;
      default:
        return EmissionCategory.DIRECT;
    }
  }

  /** Record {@code i} of {@code seed}. */
  public static ActivityRecord record(long seed, long i) {
    long h = mix(seed ^ (i * 0x9E3779B97F4A7C15L));
    Kind kind = BY_PERCENT[(int) ((h & 0xFFFF) % 100)];
    int facility = (int) (((h >>> 16) & 0xFF) % FACILITIES);
    int month = (int) (((h >>> 24) & 0xFF) % 12);
    long unscaled = 1 + ((h >>> 32) % kind.bound);
    boolean electricity = kind == Kind.ELECTRICITY_KWH || kind == Kind.ELECTRICITY_MWH;
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.id("r" + i)
        .sourceId(SOURCES[facility][kind.ordinal()])
        .facilityId(FACILITY_IDS[facility])
        .category(category(kind, facility))
        .activityKey(kind.key)
        .amount(Amount.of(BigDecimal.valueOf(unscaled, kind.scale), kind.unit))
        .period(MONTHS[month])
        .obtainedBy(electricity ? ObtainedBy.METERED : ObtainedBy.INVOICED);
    String region = REGIONS[facility / 2];
    if (electricity && region != null) {
      b.region(region);
    }
    return b.build();
  }

  /** Records {@code 0 … n-1} of {@code seed}, materialised. */
  public static List<ActivityRecord> records(long seed, int n) {
    List<ActivityRecord> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(record(seed, i));
    }
    return list;
  }

  /** Records {@code 0 … n-1} of {@code seed}, generated as the stream is consumed. */
  public static Stream<ActivityRecord> stream(long seed, long n) {
    return LongStream.range(0, n).mapToObj(i -> record(seed, i));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------- the engine

  /**
   * The engine's factor library: the embedded reference data plus the mass fractions of R-410A
   * as factors per kg of blend leaked (one factor per component gas).
   */
  public static FactorLibrary library() {
    FactorLibrary china = ReferenceData.chinaFactorLibrary();
    List<EmissionFactor> all = new ArrayList<>(china.factors());
    RefrigerantBlend r410a = blend("R-410A");
    for (Map.Entry<GreenhouseGas, BigDecimal> e : r410a.massFractions().entrySet()) {
      all.add(EmissionFactor.builder().id("R-410A-" + e.getKey().code()).key(R410A_KEY)
          .gas(e.getKey()).value(e.getValue()).unit(KG).perUnit(KG)
          .provenance(Provenance.userSupplied("ASHRAE Standard 34",
              "mass fraction of " + e.getKey().code() + " in R-410A"))
          .build());
    }
    return china.withName("benchmark-site").withVersion("1").withFactors(all);
  }

  /** The engine's calculator, traces in summary mode. */
  public static Calculator calculator() {
    return Calculator.builder().library(library()).gwpSet(GWP).traceMode(TraceMode.SUMMARY)
        .methodForKey("diesel", FuelCombustionMethod.of("diesel"))
        .methodForKey("natural-gas", FuelCombustionMethod.of("natural-gas"))
        .methodForKey(HFC_134A_KEY, DirectMeasurementMethod.of(GreenhouseGas.HFC_134A))
        .build();
  }

  private static RefrigerantBlend blend(String name) {
    return ReferenceData.refrigerantBlends().stream().filter(b -> b.designation().equals(name))
        .findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- grouping

  /** A group of the breakdown: category, facility, gas. */
  public record Group(EmissionCategory category, String facilityId, GreenhouseGas gas) {}

  /**
   * The engine's inventory broken down by category, facility and gas: {tonnes of gas, tonnes of
   * CO₂e} per group.
   */
  public static Map<Group, BigDecimal[]> breakdown(GhgInventory inventory) {
    Map<Group, BigDecimal[]> groups = new HashMap<>();
    for (InventoryLine l : inventory.lines()) {
      BigDecimal[] sums = groups.computeIfAbsent(new Group(l.category(), l.facilityId(),
          l.gas()), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(l.gasTonnes());
      sums[1] = sums[1].add(l.co2e().tonnes());
    }
    return groups;
  }

  // ---------------------------------------------------------------- hand-resolved factors

  /**
   * One gas line of one kind of record, resolved by hand from the reference figures: exact
   * rational multipliers to tonnes of gas and of CO₂e, as a decimal numerator and, when the ratio
   * has no finite decimal, an integer denominator with its extra scale (the engine's policy), plus the same as doubles and as Indriya quantities.
   */
  static final class Line {
    final GreenhouseGas gas;
    final BigDecimal gasNum;
    final BigDecimal gasDen;
    final int gasExtra;
    final boolean co2eIsGas;
    final BigDecimal co2eNum;
    final BigDecimal co2eDen;
    final int co2eExtra;
    final double gasD;
    final double co2eD;
    /** Indriya: the unit the amount converts to, the steps to a mass of gas, the GWP. */
    final Unit<?> perUnit;
    final List<Step> steps;
    final BigDecimal gwp;

    Line(GreenhouseGas gas, Ratio gasRatio, BigDecimal gwp, Unit<?> perUnit, List<Step> steps) {
      this.gas = gas;
      this.gwp = gwp;
      Ratio co2eRatio = gasRatio.multipliedBy(gwp);
      BigDecimal[] g = decimal(gasRatio);
      BigDecimal[] c = decimal(co2eRatio);
      this.gasNum = g[0];
      this.gasDen = g[1];
      this.gasExtra = g[1] == null ? 0 : twoFive(gasRatio.denominator());
      this.co2eIsGas = gasRatio.equals(co2eRatio);
      this.co2eNum = c[0];
      this.co2eDen = c[1];
      this.co2eExtra = c[1] == null ? 0 : twoFive(co2eRatio.denominator());
      this.gasD = new BigDecimal(gasRatio.numerator()).doubleValue()
          / new BigDecimal(gasRatio.denominator()).doubleValue();
      this.co2eD = new BigDecimal(co2eRatio.numerator()).doubleValue()
          / new BigDecimal(co2eRatio.denominator()).doubleValue();
      this.perUnit = perUnit;
      this.steps = steps;
    }

    private static BigDecimal[] decimal(Ratio r) {
      return r.isTerminating() ? new BigDecimal[] {r.toBigDecimalExact(), null}
          : new BigDecimal[] {new BigDecimal(r.numerator()), new BigDecimal(r.denominator())};
    }

    private static int twoFive(BigInteger d) {
      int twos = d.getLowestSetBit();
      int fives = 0;
      BigInteger five = BigInteger.valueOf(5);
      while (d.mod(five).signum() == 0) {
        d = d.divide(five);
        fives++;
      }
      return Math.max(twos, fives);
    }
  }

  /** One step of the Indriya arithmetic. */
  @SuppressWarnings("rawtypes")
  interface Step {
    Quantity apply(Quantity q);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Step times(Quantity factor) {
    return q -> q.multiply(factor);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Step times(Number factor) {
    return q -> q.multiply(factor);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Step dividedBy(Number divisor) {
    return q -> q.divide(divisor);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Step to(Unit unit) {
    return q -> q.to(unit);
  }

  /** The lines of one kind of record in one region. */
  static final class Resolved {
    final MeasureUnit unit;
    final String region;
    final Line[] lines;

    Resolved(MeasureUnit unit, String region, Line... lines) {
      this.unit = unit;
      this.region = region;
      this.lines = lines;
    }

    boolean matches(MeasureUnit u, Optional<String> r) {
      return unit == u && (region == null ? r.isEmpty() : r.isPresent() && region.equals(r.get()));
    }
  }

  /**
   * The factors of every kind of record resolved once, by hand, from the reference figures (grid
   * factors of 2022, GB/T 32150 fuel defaults, AR5 GWPs, the R-410A mass fractions), keyed by
   * activity key.
   */
  public static final class Factors {
    final Map<String, Resolved[]> byKey = new HashMap<>();

    Factors() {
      BigDecimal milli = new BigDecimal("0.001");
      BigDecimal one = BigDecimal.ONE;
      Unit<?> t = DomainUnits.TONNE;
      Unit<?> tj = DomainUnits.TERAJOULE;
      List<Resolved> grid = new ArrayList<>();
      for (String region : REGIONS) {
        BigDecimal f = gridFactor(region);
        Step perMwh = times(Quantities.getQuantity(f, t.divide(DomainUnits.MEGAWATT_HOUR)));
        grid.add(new Resolved(KWH, region, new Line(GreenhouseGas.CO2,
            Ratio.of(f).multipliedBy(milli), one, DomainUnits.MEGAWATT_HOUR, List.of(perMwh))));
        grid.add(new Resolved(MWH, region, new Line(GreenhouseGas.CO2, Ratio.of(f), one,
            DomainUnits.MEGAWATT_HOUR, List.of(perMwh))));
      }
      byKey.put(ReferenceData.GRID_AVERAGE, grid.toArray(new Resolved[0]));
      for (String fuel : List.of("diesel", "natural-gas")) {
        FuelParameters p = ReferenceData.fuelDefault(fuel).orElseThrow();
        BigDecimal ncv = p.netCalorificValue().value();
        BigDecimal cc = p.carbonContent().value();
        BigDecimal of = p.oxidationRatePercent();
        // CO2 = FC × NCV (GJ per unit) × 1/1000 (GJ→TJ) × CC (tC/TJ) × OF/100 × 44/12
        Ratio r = Ratio.of(ncv).multipliedBy(milli).multipliedBy(cc)
            .multipliedBy(Ratio.of(of, BigDecimal.valueOf(100)))
            .multipliedBy(Ratio.of(BigInteger.valueOf(44), BigInteger.valueOf(12)));
        MeasureUnit unit = fuel.equals("diesel") ? TONNE : GAS_VOLUME;
        Unit<?> ncvUnit = DomainUnits.GIGAJOULE.divide(unit.unit());
        List<Step> indriya = List.of(times(Quantities.getQuantity(ncv, ncvUnit)), to(tj),
            times(Quantities.getQuantity(cc, t.divide(tj))), times(of.movePointLeft(2)),
            times(44), dividedBy(12));
        byKey.put(fuel, new Resolved[] {new Resolved(unit, null,
            new Line(GreenhouseGas.CO2, r, one, unit.unit(), indriya))});
      }
      byKey.put(HFC_134A_KEY, new Resolved[] {new Resolved(KG, null,
          new Line(GreenhouseGas.HFC_134A, Ratio.of(milli), GWP.require(GreenhouseGas.HFC_134A),
              KG.unit(), List.of()))});
      List<Line> r410a = new ArrayList<>();
      for (Map.Entry<GreenhouseGas, BigDecimal> e : blend("R-410A").massFractions().entrySet()) {
        r410a.add(new Line(e.getKey(), Ratio.of(e.getValue()).multipliedBy(milli),
            GWP.require(e.getKey()), KG.unit(), List.of(times(e.getValue()))));
      }
      byKey.put(R410A_KEY, new Resolved[] {new Resolved(KG, null, r410a.toArray(new Line[0]))});
    }

    private static BigDecimal gridFactor(String region) {
      String wanted = region == null ? "national" : region;
      return ReferenceData.electricityFactors().stream()
          .filter(f -> f.key().equals(ReferenceData.GRID_AVERAGE))
          .filter(f -> f.region().equals(wanted) && f.dataYear().orElse(0) == 2022)
          .findFirst().orElseThrow().value();
    }

    Line[] lines(ActivityRecord r) {
      Resolved[] list = byKey.get(r.activityKey());
      MeasureUnit unit = r.amount().unit();
      Optional<String> region = r.region();
      for (Resolved res : list) {
        if (res.matches(unit, region)) {
          return res.lines;
        }
      }
      throw new IllegalArgumentException("no factors for " + r);
    }
  }

  /** The factors resolved by hand. */
  public static Factors factors() {
    return new Factors();
  }

  // ---------------------------------------------------------------- the hand-written loops

  /**
   * The exact baseline: per record, the hand-resolved multipliers applied with {@link
   * BigDecimal}, grouped in a {@link HashMap} by category, facility and gas into {tonnes of gas,
   * tonnes of CO₂e}. As the engine does, a multiplier with no finite decimal (the 44/12 of the
   * fuels) is not divided per record: its {@code amount × numerator} products are summed exactly
   * per group and line, and each sum is divided once at the end by the engine's scale policy.
   * Within a group a line that divides stands for one source (the diesel or the natural gas of a
   * facility), so the groups' totals equal the engine's sums of its per-source lines.
   */
  public static Map<Group, BigDecimal[]> bigDecimalLoop(Factors factors,
      List<ActivityRecord> records) {
    Map<Group, Sums> groups = new HashMap<>();
    for (ActivityRecord r : records) {
      BigDecimal amount = r.amount().value();
      for (Line l : factors.lines(r)) {
        Group g = new Group(r.category(), r.facilityId(), l.gas);
        Sums sums = groups.get(g);
        if (sums == null) {
          sums = new Sums();
          groups.put(g, sums);
        }
        sums.add(l, amount);
      }
    }
    Map<Group, BigDecimal[]> totals = new HashMap<>(2 * groups.size());
    groups.forEach((g, s) -> totals.put(g, s.totals()));
    return totals;
  }

  /**
   * The exact sums of one group of the BigDecimal loop: the products of the exact multipliers,
   * and per line that divides the sums of its numerator products.
   */
  private static final class Sums {
    BigDecimal gas;
    BigDecimal co2e;
    Line[] lines = new Line[2];
    BigDecimal[] gasNumerators = new BigDecimal[2];
    BigDecimal[] co2eNumerators = new BigDecimal[2];
    int n;

    void add(Line l, BigDecimal amount) {
      BigDecimal g = amount.multiply(l.gasNum);
      BigDecimal c = l.co2eIsGas ? g : amount.multiply(l.co2eNum);
      int j = l.gasDen == null && l.co2eDen == null ? -1 : index(l);
      if (l.gasDen == null) {
        gas = gas == null ? g : gas.add(g);
      } else {
        gasNumerators[j] = gasNumerators[j] == null ? g : gasNumerators[j].add(g);
      }
      if (l.co2eDen == null) {
        co2e = co2e == null ? c : co2e.add(c);
      } else {
        co2eNumerators[j] = co2eNumerators[j] == null ? c : co2eNumerators[j].add(c);
      }
    }

    private int index(Line l) {
      for (int j = 0; j < n; j++) {
        if (lines[j] == l) {
          return j;
        }
      }
      if (n == lines.length) {
        lines = java.util.Arrays.copyOf(lines, 2 * n);
        gasNumerators = java.util.Arrays.copyOf(gasNumerators, 2 * n);
        co2eNumerators = java.util.Arrays.copyOf(co2eNumerators, 2 * n);
      }
      lines[n] = l;
      return n++;
    }

    BigDecimal[] totals() {
      BigDecimal g = gas;
      BigDecimal c = co2e;
      for (int j = 0; j < n; j++) {
        Line l = lines[j];
        if (gasNumerators[j] != null) {
          BigDecimal q = divide(gasNumerators[j], l.gasDen, l.gasExtra);
          g = g == null ? q : g.add(q);
        }
        if (co2eNumerators[j] != null) {
          BigDecimal q = divide(co2eNumerators[j], l.co2eDen, l.co2eExtra);
          c = c == null ? q : c.add(q);
        }
      }
      return new BigDecimal[] {g, c};
    }

    private static BigDecimal divide(BigDecimal numerators, BigDecimal den, int extra) {
      return numerators.divide(den, Math.max(numerators.scale() + extra,
          Calculator.DEFAULT_MIN_SCALE), RoundingMode.HALF_EVEN);
    }
  }

  /** The speed limit: the same loop in {@code double}, inexact. */
  public static Map<Group, double[]> doubleLoop(Factors factors, List<ActivityRecord> records) {
    Map<Group, double[]> groups = new HashMap<>();
    for (ActivityRecord r : records) {
      double amount = r.amount().value().doubleValue();
      for (Line l : factors.lines(r)) {
        double[] sums = groups.get(new Group(r.category(), r.facilityId(), l.gas));
        if (sums == null) {
          sums = new double[2];
          groups.put(new Group(r.category(), r.facilityId(), l.gas), sums);
        }
        sums[0] += amount * l.gasD;
        sums[1] += amount * l.co2eD;
      }
    }
    return groups;
  }

  /**
   * The same with Indriya {@link Quantity} arithmetic per record: the amount as a quantity,
   * converted with {@code to(...)} to the unit its factor is per, multiplied by the factor
   * quantities, converted to tonnes, multiplied by the GWP, and summed per group with {@code
   * add(...)}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Map<Group, Quantity[]> indriyaLoop(Factors factors, List<ActivityRecord> records) {
    Unit tonne = DomainUnits.TONNE;
    Map<Group, Quantity[]> groups = new HashMap<>();
    for (ActivityRecord r : records) {
      Quantity amount = Quantities.getQuantity(r.amount().value(), r.amount().unit().unit());
      for (Line l : factors.lines(r)) {
        Quantity q = amount.to(l.perUnit);
        for (Step s : l.steps) {
          q = s.apply(q);
        }
        Quantity gas = q.asType(javax.measure.quantity.Mass.class).to(tonne);
        Quantity co2e = gas.multiply(l.gwp);
        Quantity[] sums = groups.get(new Group(r.category(), r.facilityId(), l.gas));
        if (sums == null) {
          groups.put(new Group(r.category(), r.facilityId(), l.gas), new Quantity[] {gas, co2e});
        } else {
          sums[0] = sums[0].add(gas);
          sums[1] = sums[1].add(co2e);
        }
      }
    }
    return groups;
  }

  // ---------------------------------------------------------------- checks

  /** The groups of {@code b} that differ from {@code a}, by exact numeric comparison; empty if equal. */
  public static List<String> differences(Map<Group, BigDecimal[]> a, Map<Group, BigDecimal[]> b) {
    List<String> diffs = new ArrayList<>();
    if (!a.keySet().equals(b.keySet())) {
      diffs.add("groups differ: " + a.keySet() + " vs " + b.keySet());
      return diffs;
    }
    for (Map.Entry<Group, BigDecimal[]> e : a.entrySet()) {
      BigDecimal[] x = e.getValue();
      BigDecimal[] y = b.get(e.getKey());
      for (int i = 0; i < 2; i++) {
        if (x[i].compareTo(y[i]) != 0) {
          diffs.add(e.getKey() + (i == 0 ? " gas " : " CO2e ") + x[i].toPlainString() + " vs "
              + y[i].toPlainString());
        }
      }
    }
    return diffs;
  }

  /** The total CO₂e of a breakdown. */
  public static BigDecimal totalCo2e(Map<Group, BigDecimal[]> groups) {
    BigDecimal t = BigDecimal.ZERO;
    for (BigDecimal[] s : groups.values()) {
      t = t.add(s[1]);
    }
    return t;
  }

  /** The total CO₂e, in tonnes, of the Indriya loop's groups. */
  @SuppressWarnings("rawtypes")
  public static BigDecimal totalCo2eOfQuantities(Map<Group, Quantity[]> groups) {
    BigDecimal t = BigDecimal.ZERO;
    for (Quantity[] s : groups.values()) {
      t = t.add(new BigDecimal(s[1].getValue().toString()));
    }
    return t;
  }

  /** The total CO₂e of the double loop's groups. */
  public static double totalCo2eOfDoubles(Map<Group, double[]> groups) {
    double t = 0;
    for (double[] s : groups.values()) {
      t += s[1];
    }
    return t;
  }

  /** A readable summary of a breakdown, sorted, for messages. */
  static Map<String, String> describe(Map<Group, BigDecimal[]> groups) {
    Map<String, String> m = new LinkedHashMap<>();
    groups.entrySet().stream().sorted(Map.Entry.comparingByKey(
        java.util.Comparator.comparing(Group::category).thenComparing(Group::facilityId)
            .thenComparing(Group::gas)))
        .forEach(e -> m.put(e.getKey().toString(), e.getValue()[1].toPlainString()));
    return m;
  }
}
