// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON of the shapes the ledger's events do not hold yet: arrays, emoji. */
class JcsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void arraysKeepTheirOrderAndMembersAreSorted() throws Exception {
    assertEquals("{\"a\":[],\"b\":[3,\"x\",true,null,[1,2],{\"c\":false}],\"c\":\"\\u001f\"}",
        Jcs.canonical(JSON.readTree(
            "{ \"c\": \"\\u001F\", \"b\": [3, \"x\", true, null, [1, 2], {\"c\": false}],"
                + " \"a\": [ ] }")));
  }

  @Test
  void surrogatePairsAreKeptAndLoneSurrogatesRefused() throws Exception {
    assertEquals("\"a\uD83D\uDE00b\"", Jcs.canonical(JSON.readTree("\"a\\uD83D\\uDE00b\"")));
    for (String lone : new String[] {"\"a\\uD83D\"", "\"\\uDE00a\"", "\"\\uD83Da\""}) {
      var e = assertThrows(IllegalArgumentException.class,
          () -> Jcs.canonical(JSON.readTree(lone)));
      assertEquals("A string of the ledger's canonical JSON holds a lone surrogate U+"
          + (lone.contains("DE00") ? "DE00" : "D83D")
          + ", which is not Unicode text (RFC 8785 section 3.2.2.2)", e.getMessage());
    }
  }
}
