// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.system.ManagementSystem;

/** Helpers of the core rules: current versions of revisable records, the latest inventory. */
final class Records {

  private Records() {}

  /** The versions no other version supersedes, in list order. Linear time. */
  static <T extends Revisable> List<T> current(List<T> versions) {
    return Revisable.currentVersions(versions);
  }

  /** The current inventory of the latest period, if there is one. */
  static Optional<GhgInventory> latestInventory(ManagementSystem s) {
    return current(s.inventories()).stream().max(Comparator.comparing(GhgInventory::period));
  }
}
