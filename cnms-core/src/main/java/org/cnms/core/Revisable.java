// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record that can be revised: a restated baseline, a new version of the policy, a re-issued
 * report. Each revision is a new record that names the record it supersedes, so the history of a
 * record can be followed back to its first version (clause 7.5.3, control of documented
 * information).
 */
public interface Revisable extends Identified {

  /** The id of the record this one supersedes; empty for a first version. */
  Optional<String> supersedes();

  /**
   * The current versions among {@code versions}: those that no other version of the collection
   * supersedes, in the collection's order. A version whose successor is not in the collection is
   * current; a chain {@code v1 ← v2 ← v3} gives {@code [v3]}; two records that supersede nothing
   * are both current. Linear time.
   *
   * <pre>{@code
   * List<GhgInventory> current = Revisable.currentVersions(system.inventories());
   * }</pre>
   *
   * @param versions the records, not null
   * @param <T> the type of the records
   * @return the current ones, an immutable list
   */
  static <T extends Revisable> List<T> currentVersions(Collection<? extends T> versions) {
    Set<String> superseded = new HashSet<>();
    versions.forEach(v -> v.supersedes().ifPresent(superseded::add));
    List<T> current = new ArrayList<>(versions.size());
    for (T v : versions) {
      if (!superseded.contains(v.id())) {
        current.add(v);
      }
    }
    return Collections.unmodifiableList(current);
  }
}
