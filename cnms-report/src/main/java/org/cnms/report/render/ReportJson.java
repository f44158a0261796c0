// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cnms.core.json.CnmsJson;
import org.cnms.report.CarbonNeutralityReport;

/**
 * The JSON form of a {@link CarbonNeutralityReport} (and of any of its sections): the cnms JSON
 * conventions of {@link CnmsJson} — decimals as strings with their scale, CO₂e as {@code
 * {"value": "…", "unit": "tCO2e"}}, dates as ISO text, enums by name, absent values as null. Reads
 * back what it writes ({@link #read(String)}), exactly.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = CnmsJson.newJsonMapper();

  private ReportJson() {}

  /**
   * The report or section as indented JSON, ending with a line break.
   *
   * @param value a report or one of its sections, not null
   */
  public static String write(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the report as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a report written by {@link #write(Object)}.
   *
   * @throws org.cnms.core.json.InterchangeException if the text is not a report
   */
  public static CarbonNeutralityReport read(String json) {
    return CnmsJson.fromJson(json, CarbonNeutralityReport.class);
  }
}
