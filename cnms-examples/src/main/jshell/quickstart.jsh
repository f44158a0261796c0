// Quick start: load the bundled sample organisation, compute its latest inventory from the
// activity data and print the totals by category (T/CAS 612 clauses 6.2.1 and 6.3).
// Run it with:  ./cnms jshell      or   jshell --class-path cnms-examples/target/cnms.jar quickstart.jsh
import java.math.RoundingMode;
import org.cnms.core.ghg.*;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.examples.workspace.*;
import org.cnms.quantification.aggregation.InventoryAccumulator;

var ws = Workspace.sample();
var year = ws.years().get(ws.years().size() - 1);

// every activity record of the year, quantified with its method and factors, into one inventory
var accumulator = InventoryAccumulator.of(ws.calculator());
ws.activity(year).forEach(record -> accumulator.add(ws.calculate(record)));
var inventory = accumulator.toInventory("INV-" + year + "-jshell", ReportingPeriod.calendarYear(year));

System.out.println(ws.system().organisation().name() + " — " + year + ", "
    + accumulator.recordCount() + " activity records, GWP " + ws.calculator().gwpSet().name());
inventory.emissionsByCategory().forEach((category, co2e) -> System.out.printf("%s %-62s %12s tCO2e%n",
    category.code(), category.labelEn(), co2e.tonnes().setScale(2, RoundingMode.HALF_EVEN)));
System.out.printf("Total emissions %s tCO2e, removals %s tCO2e, net %s tCO2e%n",
    inventory.totalEmissions().tonnes().setScale(2, RoundingMode.HALF_EVEN),
    inventory.totalRemovals().tonnes().setScale(2, RoundingMode.HALF_EVEN),
    inventory.netEmissions().tonnes().setScale(2, RoundingMode.HALF_EVEN));
