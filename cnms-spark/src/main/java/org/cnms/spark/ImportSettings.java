// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ColumnMapping;
import org.jspecify.annotations.Nullable;

/**
 * What the import of activity data needs on every executor, in serialisable form: the reporting
 * period every row must lie in, the known sources (none: any source) and the column mapping
 * (the default one if not set). {@link #toImport()} builds the SDK's own {@link ActivityImport}
 * from it, so rows are read and judged exactly as on one machine. Immutable, thread-safe.
 *
 * @param periodStart the reporting period's first day, ISO text
 * @param periodEnd the reporting period's last day, ISO text
 * @param knownSources the known sources' ids, sorted; empty for any source
 * @param mappingJson the column mapping as JSON, or null for {@link ColumnMapping#defaults()}
 */
public record ImportSettings(String periodStart, String periodEnd, List<String> knownSources,
    @Nullable String mappingJson) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The canonical constructor; copies the list. */
  public ImportSettings {
    LocalDate.parse(periodStart);
    LocalDate.parse(periodEnd);
    knownSources = List.copyOf(new TreeSet<>(knownSources));
  }

  /** Settings for {@code period}, any source, the default mapping. */
  public static ImportSettings of(ReportingPeriod period) {
    return new ImportSettings(period.start().toString(), period.end().toString(), List.of(),
        null);
  }

  /** These settings with known sources. */
  public ImportSettings withKnownSources(Set<String> sourceIds) {
    return new ImportSettings(periodStart, periodEnd, List.copyOf(sourceIds), mappingJson);
  }

  /** These settings with a column mapping. */
  public ImportSettings withMapping(ColumnMapping mapping) {
    return new ImportSettings(periodStart, periodEnd, knownSources, CnmsJson.toJson(mapping));
  }

  /** The reporting period. */
  public ReportingPeriod period() {
    return ReportingPeriod.of(LocalDate.parse(periodStart), LocalDate.parse(periodEnd));
  }

  /** The SDK's import of these settings. */
  public ActivityImport toImport() {
    ActivityImport.Builder b = ActivityImport.builder().period(period())
        .knownSources(Set.copyOf(knownSources));
    if (mappingJson != null) {
      b.mapping(CnmsJson.fromJson(mappingJson, ColumnMapping.class));
    }
    return b.build();
  }
}
