// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;

/**
 * Fuzz target of {@link FactorCsv#read}. The only documented exception, the only one caught, is
 * {@link IllegalArgumentException} (every problem of every bad row, or the missing header
 * columns); anything else fails.
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/quantification/factor/FactorCsvFuzzTestInputs/
 * read/}, seeded with the sample's {@code factors.csv}.
 */
class FactorCsvFuzzTest {

  @FuzzTest
  void read(byte[] input) {
    try {
      FactorCsv.read(new StringReader(new String(input, UTF_8)), "fuzz", "1");
    } catch (IllegalArgumentException e) {
      // documented
    }
  }
}
