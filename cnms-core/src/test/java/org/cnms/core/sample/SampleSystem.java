// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.system.ManagementSystem;

/**
 * The sample management system of 华东精密部件有限公司 (two plants, a head office and an owned
 * forest), read from {@code sample-system.yaml}: the conforming reference case for tests.
 */
public final class SampleSystem {

  /** The resource path of the sample. */
  public static final String RESOURCE = "/org/cnms/core/sample/sample-system.yaml";

  /** The date as of which the sample is complete and conforms. */
  public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2026, 3, 31);

  private SampleSystem() {}

  /** Reads the sample afresh. */
  public static ManagementSystem load() {
    try (InputStream in = SampleSystem.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + RESOURCE);
      }
      return CnmsJson.readYaml(in, RESOURCE, ManagementSystem.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
