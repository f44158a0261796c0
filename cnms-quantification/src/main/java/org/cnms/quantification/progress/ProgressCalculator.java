// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;

/**
 * Progress towards carbon-neutrality targets and projections of future emissions (T/CAS 612
 * clauses 6.3 f, 6.6.1 and 9.1).
 *
 * <p><b>Status rules</b> ({@link #assess}). Levels are net emissions (emissions less removals) of
 * the categories the target covers; the baseline's covered emissions come from its breakdown by
 * category, or its total when it has none. Let {@code y0} be the last year of the baseline, {@code
 * B} its net level, {@code T} and {@code L} a target's year and level, and {@code y} and {@code x}
 * the latest inventory's year and net level. A target's level is {@code B·(100 − v)/100} for a
 * reduction of {@code v} % from the baseline, the cap for an emissions cap, and zero for carbon
 * neutrality and for the vision target. Then: {@code x ≤ L} → {@link TargetStatus#ACHIEVED};
 * otherwise {@code y ≥ T} → {@link TargetStatus#MISSED}; otherwise, with the straight-line path
 * {@code P = B + (L − B)·(y − y0)/(T − y0)}, {@code x ≤ P} → {@link TargetStatus#ON_TRACK}, else
 * {@link TargetStatus#AT_RISK}. Intensity targets are listed as not assessed.
 *
 * <p><b>Trend</b> ({@link #linearTrend}). The least-squares line through the yearly net emissions,
 * evaluated at year {@code X} as {@code (Σy·D + N·(n·X − Σx)) / (n·D)} with {@code D = n·Σx² −
 * (Σx)²} and {@code N = n·Σxy − Σx·Σy}: every sum exact, one division per projected year. Whether
 * a level is reached is decided exactly on the numerator.
 *
 * <p><b>Scenarios</b> ({@link #scenario}). Applied to the latest inventory, each projected year
 * computed from the start values (not from the year before) with one rounding.
 *
 * <p>Every rounding uses this calculator's {@link MathContext}, {@link #DEFAULT_CONTEXT} unless
 * the caller passes one. Immutable, thread-safe.
 */
public final class ProgressCalculator {

  /** The default rounding policy: 16 significant digits, half-even ({@code DECIMAL64}). */
  public static final MathContext DEFAULT_CONTEXT = MathContext.DECIMAL64;

  /** The target id used for the vision target in a {@link ProgressReport}. */
  public static final String VISION = "vision";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final MathContext context;

  private ProgressCalculator(MathContext context) {
    this.context = Objects.requireNonNull(context, "context");
    if (context.getPrecision() == 0) {
      throw new IllegalArgumentException("ProgressCalculator needs a limited precision for its"
          + " divisions, but was unlimited");
    }
  }

  /** The calculator rounding by {@link #DEFAULT_CONTEXT}. */
  public static ProgressCalculator withDefaultRounding() {
    return new ProgressCalculator(DEFAULT_CONTEXT);
  }

  /**
   * The calculator rounding by {@code context}.
   *
   * @throws IllegalArgumentException if {@code context} has unlimited precision
   */
  public static ProgressCalculator of(MathContext context) {
    return new ProgressCalculator(context);
  }

  /**
   * The status of every phased target and of the vision target at the latest of the inventories.
   *
   * @param target the carbon-neutrality target, not null
   * @param baseline the baseline the target refers to, not null
   * @param inventories inventories after the baseline, at least one, not null
   * @return the report
   * @throws IllegalArgumentException if the baseline is not the target's, there is no inventory,
   *     the latest inventory is before the baseline, or a target year is not after the baseline
   */
  public ProgressReport assess(CarbonNeutralityTarget target, Baseline baseline,
      List<GhgInventory> inventories) {
    if (!target.baselineId().equals(baseline.id())) {
      throw new IllegalArgumentException("CarbonNeutralityTarget " + target.id()
          + " refers to baseline " + target.baselineId() + ", not " + baseline.id());
    }
    if (inventories.isEmpty()) {
      throw new IllegalArgumentException("Progress of " + target.id()
          + " needs at least one inventory, but none was given");
    }
    GhgInventory latest = inventories.stream()
        .max(Comparator.comparing(GhgInventory::period)).orElseThrow();
    int y0 = baseline.span().year().getValue();
    int y = latest.period().year().getValue();
    if (y < y0) {
      throw new IllegalArgumentException("Inventory " + latest.id() + " of " + y
          + " is before baseline " + baseline.id() + " of " + y0);
    }
    Set<EmissionCategory> covered = EnumSet.copyOf(target.coveredCategories());
    Co2e base = baseline.emissionsOf(covered).orElse(baseline.emissions())
        .minus(baseline.removals());
    Co2e now = latest.emissionsOf(covered).minus(latest.removalsOf(covered));
    ProgressReport.Builder report = ProgressReport.builder()
        .targetId(target.id())
        .baselineId(baseline.id())
        .inventoryId(latest.id())
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode());
    for (PhasedTarget p : target.phasedTargetsByYear()) {
      if (p.kind() == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT) {
        report.addNotAssessed(p.id());
        continue;
      }
      report.addProgress(progress(p.id(), p.year(), level(p, base), y0, base, y, now));
    }
    report.addProgress(progress(VISION, target.visionYear(), Co2e.ZERO, y0, base, y, now));
    return report.build();
  }

  private static Co2e level(PhasedTarget p, Co2e base) {
    switch (p.kind()) {
      case REDUCTION_PERCENT_FROM_BASELINE:
        return base.multipliedBy(HUNDRED.subtract(p.value().orElseThrow()).movePointLeft(2));
      case ABSOLUTE_EMISSIONS_CAP:
        return Co2e.tonnes(p.value().orElseThrow());
      default:
        return Co2e.ZERO;
    }
  }

  private TargetProgress progress(String id, int targetYear, Co2e level, int y0, Co2e base,
      int y, Co2e now) {
    if (targetYear <= y0) {
      throw new IllegalArgumentException("Target " + id + " year " + targetYear
          + " must be after the baseline year " + y0);
    }
    TargetStatus status;
    Co2e path;
    if (y >= targetYear) {
      path = level;
      status = now.compareTo(level) <= 0 ? TargetStatus.ACHIEVED : TargetStatus.MISSED;
    } else {
      BigDecimal step = level.minus(base).tonnes().multiply(BigDecimal.valueOf(y - y0))
          .divide(BigDecimal.valueOf(targetYear - y0), context);
      path = base.plus(Co2e.tonnes(step));
      status = now.compareTo(level) <= 0 ? TargetStatus.ACHIEVED
          : now.compareTo(path) <= 0 ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
    }
    return TargetProgress.builder().targetId(id).targetYear(targetYear).targetLevel(level)
        .baselineLevel(base).latestYear(y).latestLevel(now).pathLevel(path).status(status)
        .build();
  }

  /**
   * The least-squares linear trend of yearly net emissions, projected to {@code horizonYear}.
   *
   * <p>Worked example: 2021 1000 t, 2022 950 t, 2023 900 t: slope −50 t a year; 2024 850 t … the
   * level 700 t is reached in 2027.
   *
   * @param inventories one per year, at least two, not null
   * @param horizonYear the last year projected, after the last inventory's year
   * @param level the level to reach in net tCO₂e, e.g. zero, not null
   * @throws IllegalArgumentException if fewer than two inventories, two in one year, or the
   *     horizon is not after the last year
   */
  public Projection linearTrend(List<GhgInventory> inventories, int horizonYear, Co2e level) {
    List<YearValue> observed = observed(inventories);
    if (observed.size() < 2) {
      throw new IllegalArgumentException("A linear trend needs inventories of at least two"
          + " years, but " + observed.size() + " was given");
    }
    int last = observed.get(observed.size() - 1).year();
    requireHorizon(horizonYear, last);
    BigDecimal n = BigDecimal.valueOf(observed.size());
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (YearValue v : observed) {
      BigDecimal x = BigDecimal.valueOf(v.year());
      BigDecimal yv = v.netEmissions().tonnes();
      sx = sx.add(x);
      sy = sy.add(yv);
      sxy = sxy.add(x.multiply(yv));
      sxx = sxx.add(x.multiply(x));
    }
    BigDecimal d = n.multiply(sxx).subtract(sx.multiply(sx));
    BigDecimal num = n.multiply(sxy).subtract(sx.multiply(sy));
    BigDecimal nd = n.multiply(d);
    BigDecimal levelTimesNd = level.tonnes().multiply(nd);
    Projection.Builder p = Projection.builder()
        .addAllObserved(observed)
        .slope(Decimals.plain(num.divide(d, context)))
        .level(level)
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode());
    Optional<Integer> reached = observed.get(observed.size() - 1).netEmissions()
        .compareTo(level) <= 0 ? Optional.of(last) : Optional.empty();
    for (int year = last + 1; year <= horizonYear; year++) {
      BigDecimal numerator = sy.multiply(d)
          .add(num.multiply(n.multiply(BigDecimal.valueOf(year)).subtract(sx)));
      p.addProjected(YearValue.of(year,
          Co2e.tonnes(Decimals.plain(numerator.divide(nd, context)))));
      if (reached.isEmpty() && numerator.compareTo(levelTimesNd) <= 0) {
        reached = Optional.of(year);
      }
    }
    return p.yearReached(reached).build();
  }

  /**
   * Projects a scenario from the latest inventory to {@code horizonYear}.
   *
   * <p>Worked example: 1000 t of which 400 t electricity, renewable share 0 → +25 points a year:
   * electricity 300, 200, 100, 0 t; net 900, 800, 700, 600 t; the level 700 t is reached in the
   * third year.
   *
   * @param scenario the scenario, not null
   * @param latest the inventory of the start year, not null
   * @param horizonYear the last year projected, after the inventory's year
   * @param level the level to reach in net tCO₂e, not null
   * @throws IllegalArgumentException if the horizon is not after the start year
   */
  public Projection scenario(Scenario scenario, GhgInventory latest, int horizonYear,
      Co2e level) {
    int start = latest.period().year().getValue();
    requireHorizon(horizonYear, start);
    Co2e gross = latest.totalEmissions();
    Co2e removals = latest.totalRemovals();
    Co2e electricity = latest.emissionsOf(EnumSet.of(EmissionCategory.PURCHASED_ENERGY));
    Co2e startNet = gross.minus(removals);
    Projection.Builder p = Projection.builder()
        .scenario(scenario)
        .addObserved(YearValue.of(start, startNet))
        .level(level)
        .precision(context.getPrecision())
        .roundingMode(context.getRoundingMode());
    Optional<Integer> reached = startNet.compareTo(level) <= 0 ? Optional.of(start)
        : Optional.empty();
    BigDecimal rate = scenario.ratePercent();
    BigDecimal s0 = scenario.initialRenewableShare();
    BigDecimal keep = BigDecimal.ONE.subtract(rate.movePointLeft(2));
    for (int t = 1; start + t <= horizonYear; t++) {
      Co2e net;
      if (scenario.kind() == ScenarioKind.CONSTANT_REDUCTION_RATE) {
        net = Co2e.tonnes(gross.tonnes().multiply(keep.pow(t)).round(context)).minus(removals);
      } else {
        BigDecimal share = s0.add(rate.multiply(BigDecimal.valueOf(t))).min(HUNDRED);
        Co2e elec = s0.compareTo(HUNDRED) == 0 ? Co2e.ZERO
            : Co2e.tonnes(electricity.tonnes().multiply(HUNDRED.subtract(share))
                .divide(HUNDRED.subtract(s0), context));
        net = gross.minus(electricity).plus(elec).minus(removals);
      }
      p.addProjected(YearValue.of(start + t, net));
      if (reached.isEmpty() && net.compareTo(level) <= 0) {
        reached = Optional.of(start + t);
      }
    }
    return p.yearReached(reached).build();
  }

  private static List<YearValue> observed(List<GhgInventory> inventories) {
    List<YearValue> values = new ArrayList<>();
    for (GhgInventory inv : inventories) {
      values.add(YearValue.of(inv.period().year().getValue(), inv.netEmissions()));
    }
    values.sort(Comparator.comparingInt(YearValue::year));
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i).year() == values.get(i - 1).year()) {
        throw new IllegalArgumentException("A linear trend takes one inventory per year, but "
            + values.get(i).year() + " has two");
      }
    }
    return values;
  }

  private static void requireHorizon(int horizonYear, int last) {
    if (horizonYear <= last) {
      throw new IllegalArgumentException("The horizon year " + horizonYear
          + " must be after the last year " + last);
    }
  }
}
