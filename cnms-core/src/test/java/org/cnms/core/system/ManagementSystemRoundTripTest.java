// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cnms.core.Identified;
import org.junit.jupiter.api.Test;

class ManagementSystemRoundTripTest {

  @Test
  void generatedSystemsRoundTrip() {
    qt().forAll(ManagementSystemGen.systems())
        .checkAssert(s -> assertRoundTrips(s, ManagementSystem.class));
  }

  /** The generator reaches every list of the aggregate, not only the empty system. */
  @Test
  void generatedSystemsFillEveryList() throws Exception {
    Set<String> filled = new TreeSet<>();
    qt().forAll(ManagementSystemGen.systems()).checkAssert(s -> {
      for (Method m : ManagementSystem.class.getDeclaredMethods()) {
        if (m.getReturnType() == List.class && m.getParameterCount() == 0
            && Modifier.isAbstract(m.getModifiers())) {
          try {
            if (!((List<?>) m.invoke(s)).isEmpty()) {
              filled.add(m.getName());
            }
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
    });
    Set<String> lists = new TreeSet<>();
    for (Method m : ManagementSystem.class.getDeclaredMethods()) {
      if (m.getReturnType() == List.class && m.getParameterCount() == 0
          && Modifier.isAbstract(m.getModifiers())) {
        lists.add(m.getName());
      }
    }
    assertEquals(49, lists.size());
    assertEquals(lists, filled);
  }

  @Test
  void everyGeneratedRecordIsFoundByItsId() {
    qt().forAll(ManagementSystemGen.systems()).checkAssert(s -> s.records().forEach((id, r) ->
        assertEquals(r, s.find(id, Identified.class).orElseThrow(), id)));
  }
}
