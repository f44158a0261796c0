// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How activity data fall into inventories: each facility belongs to an organisation (those not
 * listed to the default organisation), a row to the calendar year its period starts in, and, if
 * {@code byFacility}, to its facility's own inventory. Immutable, thread-safe.
 *
 * @param defaultOrganisation the organisation of facilities not listed
 * @param organisationOfFacility the organisation of each listed facility
 * @param byFacility whether to make one inventory per facility rather than per organisation
 */
public record InventoryGrouping(String defaultOrganisation,
    Map<String, String> organisationOfFacility, boolean byFacility) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The canonical constructor; copies the map. */
  public InventoryGrouping {
    organisationOfFacility = new TreeMap<>(organisationOfFacility);
  }

  /** One organisation, inventories per year. */
  public static InventoryGrouping organisation(String name) {
    return new InventoryGrouping(name, Map.of(), false);
  }

  /** This grouping, per facility as well. */
  public InventoryGrouping perFacility() {
    return new InventoryGrouping(defaultOrganisation, organisationOfFacility, true);
  }

  /** The inventory a row belongs to. */
  public InventoryKey key(ActivityRow row) {
    String f = row.getFacilityId();
    return new InventoryKey(organisationOfFacility.getOrDefault(f, defaultOrganisation),
        LocalDate.parse(row.getPeriodStart()).getYear(), byFacility ? f : null);
  }
}
