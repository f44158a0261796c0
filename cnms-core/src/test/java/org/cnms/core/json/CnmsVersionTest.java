// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CnmsVersionTest {

  @Test
  void theModulesReportTheVersionOfTheBuild() throws Exception {
    // the version the parent declared in this module's pom.xml: the build's own version
    Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("pom.xml")));
    m.find();
    String pom = m.group(1);
    assertEquals(pom, CnmsVersion.build());
    assertEquals(pom, new CnmsModule().version().toString());
    assertEquals("cnms-core", new CnmsModule().version().getArtifactId());
    assertEquals("org.cnms", CnmsVersion.of("cnms-assets").getGroupId());
  }
}
