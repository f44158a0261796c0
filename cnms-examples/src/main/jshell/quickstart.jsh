// Quick start: load the bundled sample organisation, compute its latest inventory from the
// activity data and print the totals by category (T/CAS 612 clauses 6.2.1 and 6.3).
// Run it with:  ./cnms jshell      or   jshell --class-path cnms-examples/target/cnms.jar quickstart.jsh
import java.math.RoundingMode;
import org.cnms.core.ghg.*;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.examples.workspace.*;
import org.cnms.quantification.aggregation.InventoryAccumulator;

var ws = Workspace.sample();
var latest = ws.inventories().get(ws.inventories().size() - 1);
var period = latest.period();

// every activity record of the latest year, through the calculator, into one inventory
var inventory = InventoryAccumulator.inventory(ws.calculator(), "INV-" + period + "-jshell", period,
    ws.activity().stream().filter(r -> period.encloses(r.period())));

System.out.println(ws.system().organisation().name() + " — " + period + ", GWP "
    + ws.calculator().gwpSet().name() + ", " + ws.calculator().factorLibraryVersion().orElse(""));
inventory.emissionsByCategory().forEach((category, co2e) -> System.out.printf("%s %-62s %12s tCO2e%n",
    category.code(), category.labelEn(), co2e.tonnes().setScale(2, RoundingMode.HALF_EVEN)));
System.out.printf("Total emissions %s tCO2e, removals %s tCO2e, net %s tCO2e%n",
    inventory.totalEmissions().tonnes().setScale(2, RoundingMode.HALF_EVEN),
    inventory.totalRemovals().tonnes().setScale(2, RoundingMode.HALF_EVEN),
    inventory.netEmissions().tonnes().setScale(2, RoundingMode.HALF_EVEN));
