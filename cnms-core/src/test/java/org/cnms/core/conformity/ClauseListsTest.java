// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.cnms.core.ClauseItem;
import org.cnms.core.evaluation.AuditInformation;
import org.cnms.core.evaluation.AuditItem;
import org.cnms.core.evaluation.MeasuringEquipmentItem;
import org.cnms.core.improvement.NonconformityResponse;
import org.cnms.core.operation.OperationalControlItem;
import org.cnms.core.organisation.ScopeConsideration;
import org.cnms.core.support.CommunicationItem;
import org.cnms.core.support.CompetenceItem;
import org.cnms.core.support.DocumentControlItem;
import org.cnms.core.support.DocumentCreationItem;
import org.cnms.core.support.DocumentedInformationItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lists of clauses 4.3.2, 7.2, 7.4, 7.5.1–7.5.3, 8.1.1, 9.1.3, 9.3.1, 9.3.2 and 10.2 are
 * enums whose constants are exactly the standard's items, in its order, citing themselves as the
 * standard does, with the standard's key term in their Chinese label (checked against the
 * machine-readable register, not against a copy).
 */
class ClauseListsTest {

  /** The lettered, numbered or bulleted rows of a clause's list, as the register has them. */
  private static List<RegisterItem> rows(String clause, Set<String> excluded) {
    return RequirementCatalogue.tcas612().get(clause).items().stream()
        .filter(i -> !i.citation().startsWith("—") && !i.label().startsWith("注")
            && !i.label().contains("注") && !i.label().contains("(cont.)"))
        .filter(i -> !excluded.contains(i.citation()))
        .toList();
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("4.3.2", ScopeConsideration.values(), Set.of()),
        Arguments.of("7.2", CompetenceItem.values(), Set.of()),
        Arguments.of("7.4", CommunicationItem.values(), Set.of()),
        Arguments.of("7.5.1", DocumentedInformationItem.values(), Set.of()),
        Arguments.of("7.5.2", DocumentCreationItem.values(), Set.of()),
        Arguments.of("7.5.3", DocumentControlItem.values(), Set.of()),
        Arguments.of("8.1.1", OperationalControlItem.values(), Set.of()),
        Arguments.of("9.1.3", MeasuringEquipmentItem.values(), Set.of()),
        // a) of 9.3.1 only introduces its parts 1) and 2)
        Arguments.of("9.3.1", AuditInformation.values(), Set.of("a)")),
        Arguments.of("9.3.2", AuditItem.values(), Set.of()),
        Arguments.of("10.2", NonconformityResponse.values(), Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void theEnumIsTheStandardsList(String clause, ClauseItem[] items, Set<String> excluded) {
    List<RegisterItem> rows = rows(clause, excluded);
    assertEquals(rows.stream().map(RegisterItem::citation).toList(),
        Arrays.stream(items).map(ClauseItem::citation).toList(), clause);
    for (int i = 0; i < items.length; i++) {
      String zh = items[i].label(Locale.CHINESE);
      int from = 0;
      for (String part : rows.get(i).keyTerm().split("[…；]")) {
        int at = zh.indexOf(part, from);
        assertTrue(at >= 0, () -> clause + " " + zh + " holds " + part);
        from = at + part.length();
      }
      String en = items[i].label(Locale.ENGLISH);
      assertTrue(!en.isBlank() && !en.equals(zh), en);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void itemsPrintWithTheirCitation(String clause, ClauseItem[] items, Set<String> excluded) {
    ClauseItem last = items[items.length - 1];
    assertEquals(last.citation() + " " + last.label(Locale.CHINESE),
        last.itemLabel(Locale.CHINESE));
  }
}
