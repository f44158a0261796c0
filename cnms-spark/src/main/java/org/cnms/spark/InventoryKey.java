// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whose inventory (T/CAS 612 clause 6.3 c) a group of activity data makes: an organisation, a
 * calendar year and, for inventories per facility, a facility. Immutable, thread-safe.
 *
 * @param organisation the organisation
 * @param year the calendar year of the activity periods' start
 * @param facilityId the facility, or null for the organisation's inventory
 */
public record InventoryKey(String organisation, int year, @Nullable String facilityId)
    implements Comparable<InventoryKey>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final char SEP = '\u001f';
  private static final Comparator<InventoryKey> ORDER = Comparator
      .comparing(InventoryKey::organisation).thenComparingInt(InventoryKey::year)
      .thenComparing(k -> k.facilityId() == null ? "" : k.facilityId());

  /** Checks the parts. */
  public InventoryKey {
    Objects.requireNonNull(organisation, "organisation");
  }

  /** The inventory's id, e.g. {@code acme-2025} or {@code acme-2025-plant-1}. */
  public String inventoryId() {
    return organisation + "-" + year + (facilityId == null ? "" : "-" + facilityId);
  }

  /** The key as one string, for Spark's grouping. */
  String encode() {
    return organisation + SEP + year + SEP + (facilityId == null ? "" : facilityId);
  }

  static InventoryKey decode(String text) {
    int a = text.indexOf(SEP);
    int b = text.indexOf(SEP, a + 1);
    String f = text.substring(b + 1);
    return new InventoryKey(text.substring(0, a), Integer.parseInt(text.substring(a + 1, b)),
        f.isEmpty() ? null : f);
  }

  @Override
  public int compareTo(InventoryKey o) {
    return ORDER.compare(this, o);
  }
}
