// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The current versions of revisable records: those no other version supersedes. */
class RevisableTest {

  private record Version(String id, Optional<String> supersedes) implements Revisable {
    static Version first(String id) {
      return new Version(id, Optional.empty());
    }

    static Version of(String id, String supersedes) {
      return new Version(id, Optional.of(supersedes));
    }
  }

  @Test
  void aChainOfRevisionsHasOneCurrentVersion() {
    List<Version> chain = List.of(Version.of("p3", "p2"), Version.first("p1"),
        Version.of("p2", "p1"));
    assertEquals(List.of(Version.of("p3", "p2")), Revisable.currentVersions(chain));
  }

  @Test
  void unrelatedRecordsAreAllCurrentInTheirOrder() {
    List<Version> records = List.of(Version.first("b"), Version.of("a2", "a1"),
        Version.first("a1"), Version.first("c"));
    assertEquals(List.of(Version.first("b"), Version.of("a2", "a1"), Version.first("c")),
        Revisable.currentVersions(records));
  }

  @Test
  void aVersionWhoseSuccessorIsAbsentIsCurrent() {
    assertEquals(List.of(Version.of("p2", "p1")),
        Revisable.currentVersions(List.of(Version.of("p2", "p1"))));
    assertEquals(List.of(), Revisable.currentVersions(List.<Version>of()));
  }

  @Test
  void theResultIsImmutable() {
    List<Version> current = Revisable.currentVersions(List.of(Version.first("p1")));
    assertThrows(UnsupportedOperationException.class, () -> current.add(Version.first("x")));
  }
}
