// A research scenario: what-if trajectories of the emissions the carbon-neutrality target covers
// (T/CAS 612 clauses 6.3 f and 6.6.1). In which year does each path reach net zero, and is that by
// the vision year?
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import org.cnms.core.ghg.*;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.examples.workspace.*;
import org.cnms.quantification.progress.*;

var ws = Workspace.sample();
var target = ws.currentTarget().orElseThrow();
var covered = EnumSet.copyOf(target.coveredCategories());
var horizon = 2070;

// the inventories restricted to the categories the target covers
List<GhgInventory> inventories = new ArrayList<>();
for (var i : ws.inventories()) {
  inventories.add(GhgInventory.builder().id(i.id()).period(i.period()).gwpSet(i.gwpSet())
      .addAllLines(i.lines().stream().filter(l -> covered.contains(l.category())).toList()).build());
}
var latest = inventories.get(inventories.size() - 1);
var start = latest.period().year().getValue();
var calc = ProgressCalculator.withDefaultRounding();

String when(Optional<Integer> year) {
  return year.map(y -> y + (y <= target.visionYear() ? " (by the vision year)" : " (after the vision year)"))
      .orElse("not by " + horizon);
}

System.out.printf("Covered categories %s, %d net %s tCO2e, vision year %d%n",
    covered.stream().map(EmissionCategory::code).toList(), start,
    latest.netEmissions().tonnes().setScale(2, RoundingMode.HALF_EVEN), target.visionYear());

var scenarios = List.of(
    Scenario.renewableShare("renewable share of electricity +10 points a year", "0", "10"),
    Scenario.constantReduction("constant reduction 5 % a year", "5"),
    Scenario.constantReduction("constant reduction 10 % a year", "10"));
Map<String, Projection> projections = new LinkedHashMap<>();
for (var s : scenarios) {
  projections.put(s.name(), calc.scenario(s, latest, horizon, Co2e.ZERO));
}
projections.put("linear trend of " + inventories.size() + " years",
    calc.linearTrend(inventories, horizon, Co2e.ZERO));

for (var e : projections.entrySet()) {
  System.out.printf("%-52s net zero in %s%n", e.getKey(), when(e.getValue().yearReached()));
}

// a scenario of one's own: renewables +10 points a year, and the rest falls 5 % a year
var electricity = latest.emissionsOf(EnumSet.of(EmissionCategory.PURCHASED_ENERGY)).tonnes();
var other = latest.totalEmissions().tonnes().subtract(electricity);
var removals = latest.totalRemovals().tonnes();
Optional<Integer> combined = Optional.empty();
for (int t = 1; start + t <= horizon && combined.isEmpty(); t++) {
  var share = BigDecimal.valueOf(Math.min(100, 10 * t));
  var net = electricity.multiply(BigDecimal.valueOf(100).subtract(share)).movePointLeft(2)
      .add(other.multiply(new BigDecimal("0.95").pow(t))).subtract(removals);
  if (net.signum() <= 0) {
    combined = Optional.of(start + t);
  }
}
System.out.printf("%-52s net zero in %s%n", "renewables +10 points and the rest -5 % a year", when(combined));
