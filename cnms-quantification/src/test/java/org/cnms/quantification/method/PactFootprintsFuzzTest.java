// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of {@link PactFootprints#fromJson}. The only documented exception, the only one
 * caught, is {@link IllegalArgumentException} naming every missing or malformed field; anything
 * else fails, and so does a footprint that does not read back equal from the PACT JSON it writes
 * (when it can be written: {@link PactFootprints#toJson} documents {@link IllegalArgumentException}
 * for a footprint lacking fields PACT v3 requires).
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/quantification/method/
 * PactFootprintsFuzzTestInputs/fromJson/}, seeded with the sample's footprints.
 */
class PactFootprintsFuzzTest {

  @FuzzTest
  void fromJson(byte[] input) {
    ProductFootprint pf;
    try {
      pf = PactFootprints.fromJson(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    String json;
    try {
      json = PactFootprints.toJson(pf);
    } catch (IllegalArgumentException e) {
      return; // documented: a footprint read leniently may lack fields PACT v3 requires to write
    }
    assertEquals(pf, PactFootprints.fromJson(json));
  }
}
