// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cnms.core.system.ManagementSystem;

/**
 * Fuzz targets of a {@link ManagementSystem} read from YAML ({@code system.yaml}) and JSON. The
 * only documented exception, the only one caught, is {@link InterchangeException}; anything else
 * fails, and so does a system that does not read back equal from the JSON it writes.
 *
 * <p>In a normal build each target replays its corpus under
 * {@code src/test/resources/org/cnms/core/json/ManagementSystemFuzzTestInputs/}, seeded from the
 * bundled sample; {@code scripts/fuzz.sh} fuzzes them.
 */
class ManagementSystemFuzzTest {

  @FuzzTest
  void fromYaml(byte[] input) {
    ManagementSystem system;
    try {
      system = CnmsJson.fromYaml(new String(input, UTF_8), ManagementSystem.class);
    } catch (InterchangeException e) {
      return;
    }
    assertEquals(system, CnmsJson.fromJson(CnmsJson.toJson(system), ManagementSystem.class));
  }

  @FuzzTest
  void fromJson(byte[] input) {
    ManagementSystem system;
    try {
      system = CnmsJson.fromJson(new String(input, UTF_8), ManagementSystem.class);
    } catch (InterchangeException e) {
      return;
    }
    assertEquals(system, CnmsJson.fromJson(CnmsJson.toJson(system), ManagementSystem.class));
  }
}
