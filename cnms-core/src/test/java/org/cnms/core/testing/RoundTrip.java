// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnms.core.json.CnmsJson;

/** Asserts that a record reads back equal from its own JSON and YAML. */
public final class RoundTrip {

  private RoundTrip() {}

  /** Writes {@code value} as JSON and as YAML, reads both back and asserts equality. */
  public static <T> void assertRoundTrips(T value, Class<T> type) {
    String json = CnmsJson.toJson(value);
    assertEquals(value, CnmsJson.fromJson(json, type), () -> "JSON round trip of\n" + json);
    String yaml = CnmsJson.toYaml(value);
    assertEquals(value, CnmsJson.fromYaml(yaml, type), () -> "YAML round trip of\n" + yaml);
  }
}
