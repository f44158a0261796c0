// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;

/**
 * Pairs the emission lines of an inventory with their uncertainty inputs: an input for the line's
 * source and gas first, else one for the whole source. Every line without an input is reported
 * at once.
 */
final class InputMatcher {

  /** An emission line and its input. */
  static final class Match {
    final InventoryLine line;
    final UncertaintyInput input;

    Match(InventoryLine line, UncertaintyInput input) {
      this.line = line;
      this.input = input;
    }
  }

  private InputMatcher() {}

  static List<Match> match(String type, GhgInventory inventory,
      Collection<UncertaintyInput> inputs) {
    Map<String, UncertaintyInput> byKey = new LinkedHashMap<>();
    for (UncertaintyInput input : inputs) {
      String key = key(input.sourceId(), input.gas().map(Enum::name).orElse("*"));
      if (byKey.put(key, input) != null) {
        throw new IllegalArgumentException(type + ": two uncertainty inputs for source '"
            + input.sourceId() + "' and gas " + input.gas().map(Enum::name).orElse("(all)"));
      }
    }
    List<Match> matches = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (InventoryLine line : inventory.lines()) {
      if (line.kind() != LineKind.EMISSION) {
        continue;
      }
      UncertaintyInput input = byKey.get(key(line.sourceId(), line.gas().name()));
      if (input == null) {
        input = byKey.get(key(line.sourceId(), "*"));
      }
      if (input == null) {
        missing.add(line.sourceId() + "/" + line.gas().name());
      } else {
        matches.add(new Match(line, input));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(type + ": no uncertainty input for "
          + missing.size() + " emission line(s) of inventory " + inventory.id() + ": "
          + String.join(", ", missing));
    }
    return matches;
  }

  private static String key(String sourceId, String gas) {
    return sourceId + "\u0000" + gas;
  }
}
