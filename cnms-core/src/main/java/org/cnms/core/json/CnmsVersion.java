// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build of cnms, as its Jackson modules report it: every cnms module is built
 * and released together, and the build writes its version into a resource of cnms-core.
 */
public final class CnmsVersion {

  private static final String BUILD = read();

  private CnmsVersion() {}

  /** The version of the build, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String build() {
    return BUILD;
  }

  /**
   * The version of a cnms artifact as Jackson reports module versions.
   *
   * @param artifactId the artifact, e.g. {@code cnms-quantification}, not null
   * @return the build's version of {@code org.cnms:<artifactId>}
   */
  public static Version of(String artifactId) {
    return VersionUtil.parseVersion(BUILD, "org.cnms", artifactId);
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = CnmsVersion.class.getResourceAsStream("cnms-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("cnms-version.properties is missing from cnms-core");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    if (v.isBlank() || v.startsWith("${")) {
      throw new IllegalStateException("cnms-version.properties holds no build version: '" + v
          + "'");
    }
    return v;
  }
}
