// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnms.core.Problem;
import org.cnms.examples.testing.SampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records of system.yaml (with placeholder inventories, the computed ones set into them
 * afterwards) and the ledger are read on a second thread while the activity files stream: the
 * workspace is the same as when they are read after the activity, and so is every problem, in the
 * same order and place.
 */
class ReadAheadTest {

  @TempDir
  Path dir;

  private Workspace load(boolean ahead) {
    return new WorkspaceLoader(dir, null, ActivityPass.KEPT, ahead).load();
  }

  private List<Problem> problems(boolean ahead) {
    return assertThrows(WorkspaceException.class, () -> load(ahead)).problems();
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to),
        StandardCharsets.UTF_8);
  }

  @Test
  void theSampleIsTheSameSystemReadAheadOrAfter() {
    SampleCopy.copyTo(dir);
    Workspace ahead = load(true);
    Workspace after = load(false);
    assertEquals(after.system(), ahead.system());
    assertEquals(after.inventories(), ahead.inventories());
    assertEquals(ahead.inventories(), ahead.system().inventories());
    assertFalse(ahead.system().inventories().get(0).lines().isEmpty());
    assertEquals(after.ledger().head(), ahead.ledger().head());
    assertEquals(5, ahead.ledger().size());
  }

  @Test
  void problemsOfTheActivitySystemAndLedgerComeInTheSameOrderEitherWay() throws IOException {
    SampleCopy.copyTo(dir);
    replace("activity/2023.csv", ",1e4Nm3,", ",1e4Nm4,");
    replace("ledger.jsonl", "\"amount\":\"86.50\"", "\"amount\":\"66.50\"");
    replace("system.yaml", "  facilityId: F-HF\n", "  facilityId: F-NOWHERE\n");
    List<Problem> ahead = problems(true);
    assertEquals(problems(false), ahead);
    assertEquals(List.of("activity/2023.csv", "ledger.jsonl", "system.yaml"),
        ahead.stream().map(p -> p.source().orElseThrow()).toList());
  }

  @Test
  void aDanglingReferenceInTheSystemIsTheSameProblemEitherWay() throws IOException {
    SampleCopy.copyTo(dir);
    replace("system.yaml", "  facilityId: F-HF\n", "  facilityId: F-NOWHERE\n");
    List<Problem> ahead = problems(true);
    assertEquals(problems(false), ahead);
    assertEquals(1, ahead.size(), ahead.toString());
    assertEquals("system.yaml", ahead.get(0).source().orElseThrow());
    assertTrue(ahead.get(0).message().contains("F-NOWHERE"), ahead.toString());
  }

  @Test
  void whenTheActivityFailsTheSystemIsStillCheckedTheSameWay() throws IOException {
    SampleCopy.copyTo(dir);
    replace("activity/2023.csv", ",1e4Nm3,", ",1e4Nm4,");
    replace("system.yaml", "  facilityId: F-HF\n", "  facilityId: F-NOWHERE\n");
    List<Problem> ahead = problems(true);
    assertEquals(problems(false), ahead);
    assertEquals(List.of("activity/2023.csv", "system.yaml"),
        ahead.stream().map(p -> p.source().orElseThrow()).toList());
  }
}
