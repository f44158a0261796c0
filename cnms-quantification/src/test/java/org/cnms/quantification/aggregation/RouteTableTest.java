// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.junit.jupiter.api.Test;

/** The routing table: records with equal routing fields share a route, any difference does not. */
class RouteTableTest {

  private static final ReportingPeriod MARCH =
      ReportingPeriod.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31));

  private static final ReportingPeriod APRIL =
      ReportingPeriod.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30));

  /** The routing fields of a record (the builder takes each attribute once). */
  private record Fields(String source, String facility, EmissionCategory category,
      ObtainedBy obtainedBy, String key, Amount amount, String region, ReportingPeriod period) {

    Fields source(String s) {
      return new Fields(s, facility, category, obtainedBy, key, amount, region, period);
    }

    ActivityRecord record(String id) {
      ActivityRecord.Builder b = ActivityRecord.builder().id(id).sourceId(source)
          .facilityId(facility).category(category).activityKey(key).amount(amount)
          .period(period).obtainedBy(obtainedBy);
      if (!region.isEmpty()) {
        b.region(region);
      }
      return b.build();
    }
  }

  private static final Fields BOILER = new Fields("boiler-1", "plant-1", EmissionCategory.DIRECT,
      ObtainedBy.METERED, "natural-gas", Amount.of("12.5", "1e4Nm3"), "", MARCH);

  @Test
  void recordsWithEqualRoutingFieldsFindTheSameValue() {
    RouteTable<String> t = new RouteTable<>();
    assertNull(t.get(BOILER.record("r1")));
    assertTrue(t.put(BOILER.record("r1"), "boiler route"));
    // another id and another amount in the same unit: the same route
    assertEquals("boiler route", t.get(new Fields("boiler-1", "plant-1", EmissionCategory.DIRECT,
        ObtainedBy.METERED, "natural-gas", Amount.of("3", "1e4Nm3"), "", MARCH).record("r2")));
    assertEquals(1, t.size());
  }

  @Test
  void anyRoutingFieldThatDiffersIsAnotherRoute() {
    RouteTable<String> t = new RouteTable<>();
    t.put(BOILER.record("r1"), "boiler route");
    Fields b = BOILER;
    assertNull(t.get(b.source("boiler-2").record("x")));
    assertNull(t.get(new Fields(b.source(), "plant-2", b.category(), b.obtainedBy(), b.key(),
        b.amount(), b.region(), b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), EmissionCategory.PURCHASED_ENERGY,
        b.obtainedBy(), b.key(), b.amount(), b.region(), b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), b.category(), ObtainedBy.INVOICED,
        b.key(), b.amount(), b.region(), b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), b.category(), b.obtainedBy(), "diesel",
        b.amount(), b.region(), b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), b.category(), b.obtainedBy(), b.key(),
        Amount.of("12.5", "Nm3"), b.region(), b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), b.category(), b.obtainedBy(), b.key(),
        b.amount(), "CN-GD", b.period()).record("x")));
    assertNull(t.get(new Fields(b.source(), b.facility(), b.category(), b.obtainedBy(), b.key(),
        b.amount(), b.region(), APRIL).record("x")));
    assertEquals("boiler route", t.get(BOILER.record("x")));
  }

  @Test
  void growingKeepsEveryRouteAndTheTableIsBounded() {
    RouteTable<Integer> t = new RouteTable<>();
    int n = RouteTable.MAX_ENTRIES;
    for (int i = 0; i < n; i++) {
      assertTrue(t.put(BOILER.source("s-" + i).record("r"), i));
    }
    assertEquals(n, t.size());
    for (int i = 0; i < n; i += 97) {
      assertEquals(i, t.get(BOILER.source("s-" + i).record("q")));
    }
    // full: a new record shape is declined and not routed
    assertFalse(t.put(BOILER.source("s-new").record("r"), -1));
    assertNull(t.get(BOILER.source("s-new").record("q")));
    assertEquals(n, t.size());
  }
}
