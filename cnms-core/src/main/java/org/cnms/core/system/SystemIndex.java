package org.cnms.core.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.Revisable;

/**
 * The id index of a {@link ManagementSystem}: every identified record by id, and the references
 * between records, checked once at construction. Lookups are constant time, so checks and
 * conformity rules stay linear in the size of the system.
 */
final class SystemIndex {

  private final Map<String, Identified> byId = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();

  private record Reference(Identified from, String field, String to, Class<?> expected) {}

  private SystemIndex() {}

  static SystemIndex of(ManagementSystem system) {
    SystemIndex index = new SystemIndex();
    index.add(List.of(system.organisation()));
    index.add(system.facilities());
    index.add(system.inventories());
    for (var entry : system.boundary().facilities()) {
      index.refer(system.organisation(), "boundary.facilities", entry.facilityId(),
          org.cnms.core.organisation.Facility.class);
    }
    for (var inventory : system.inventories()) {
      for (var line : inventory.lines()) {
        index.refer(inventory, "lines.facilityId", line.facilityId(),
            org.cnms.core.organisation.Facility.class);
      }
    }
    return index;
  }

  /** Adds records, noting ids used twice. */
  void add(Collection<? extends Identified> records) {
    for (Identified r : records) {
      Identified previous = byId.putIfAbsent(r.id(), r);
      if (previous != null) {
        problems.add("id '" + r.id() + "' is used by both a " + kind(previous) + " and a "
            + kind(r));
      }
      if (r instanceof Revisable) {
        ((Revisable) r).supersedes().ifPresent(s -> refer(r, "supersedes", s, r.getClass()));
      }
    }
  }

  /** Notes that {@code from} refers to {@code to} through {@code field}. */
  void refer(Identified from, String field, String to, Class<?> expected) {
    references.add(new Reference(from, field, to, expected));
  }

  /** The record with this id, if it is of the given type. */
  <T> Optional<T> find(String id, Class<T> type) {
    Identified r = byId.get(id);
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  /**
   * Checks that all references resolve.
   *
   * @throws IllegalArgumentException listing every problem found
   */
  void verify() {
    for (Reference ref : references) {
      Identified target = byId.get(ref.to);
      if (target == null) {
        problems.add(kind(ref.from) + " " + ref.from.id() + " refers through " + ref.field
            + " to '" + ref.to + "', which does not exist");
      } else if (!ref.expected.isInstance(target)) {
        problems.add(kind(ref.from) + " " + ref.from.id() + " refers through " + ref.field
            + " to '" + ref.to + "', which is a " + kind(target) + ", not a "
            + simpleName(ref.expected));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("ManagementSystem is not consistent: "
          + String.join("; ", problems));
    }
  }

  static String kind(Object record) {
    return simpleName(record.getClass());
  }

  private static String simpleName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
