// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ActivityRecord;
import org.jspecify.annotations.Nullable;

/**
 * The activity data of a loaded workspace: the records themselves when there are at most
 * a number ({@value ActivityPass#KEPT} by default), and always the files they are read from again, the import that reads
 * them and the records corrected by others (left out). Immutable.
 */
final class ActivityData {

  private final @Nullable List<ActivityRecord> kept;
  private final long count;
  private final List<Path> files;
  private final @Nullable ActivityImport importer;
  private final Function<Path, String> names;
  private final Set<String> corrected;
  private final int keep;

  ActivityData(@Nullable List<ActivityRecord> kept, long count, List<Path> files,
      @Nullable ActivityImport importer, Function<Path, String> names, Set<String> corrected,
      int keep) {
    this.keep = keep;
    this.kept = kept == null ? null : List.copyOf(kept);
    this.count = count;
    this.files = List.copyOf(files);
    this.importer = importer;
    this.names = names;
    this.corrected = Set.copyOf(corrected);
  }

  /** The most records kept in memory. */
  int keep() {
    return keep;
  }

  /** The number of records that count. */
  long count() {
    return count;
  }

  /** The records, if kept in memory. */
  @Nullable List<ActivityRecord> kept() {
    return kept;
  }

  /** The records that count, read again from the files; close the stream. */
  Stream<ActivityRecord> stream() {
    if (kept != null) {
      return kept.stream();
    }
    return located().map(ActivityImport.Located::record);
  }

  /** The records that count with their places, read again from the files; close the stream. */
  Stream<ActivityImport.Located> located() {
    if (importer == null) {
      return Stream.empty();
    }
    return importer.streamLocated(files, names, p -> { })
        .filter(r -> !corrected.contains(r.record().id()));
  }
}
