// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cnms.core.Identified;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.sample.SampleSystem;
import org.junit.jupiter.api.Test;

/**
 * The index of a system sees every record and checks every reference: each record of the golden
 * sample, found independently in its JSON form, is found by its id; and each id the sample refers
 * to, replaced in turn by an id no record has, makes the system inconsistent, named in the message.
 */
class SystemIndexCoverageTest {

  private static final ManagementSystem SAMPLE = SampleSystem.load();
  private static final ObjectMapper JSON = CnmsJson.newJsonMapper();
  private static final String MISSING = "NO-SUCH-RECORD";

  /**
   * Fields ending in Id or Ids that are not references to records of the system: the product an
   * intensity indicator is per (the organisation's own name for it), and the clause a
   * nonconformity is against (checked as a clause number).
   */
  private static final List<String> NOT_REFERENCES = List.of("productId", "requirementId");

  @Test
  void everyRecordOfTheSampleIsFoundByItsId() {
    JsonNode tree = JSON.valueToTree(SAMPLE);
    List<String> ids = new ArrayList<>();
    collectIds(tree, ids);
    Map<String, Identified> records = SAMPLE.records();
    for (String id : ids) {
      Identified r = records.get(id);
      assertSame(r, SAMPLE.find(id, Identified.class).orElse(null), id);
      assertEquals(id, r.id());
    }
    assertEquals(new TreeSet<>(records.keySet()), new TreeSet<>(ids));
    assertEquals(records.size(), ids.size(), "no id twice");
  }

  private static void collectIds(JsonNode node, List<String> ids) {
    if (node.isObject()) {
      JsonNode id = node.get("id");
      if (id != null && id.isTextual()) {
        ids.add(id.asText());
      }
      node.forEach(child -> collectIds(child, ids));
    } else if (node.isArray()) {
      node.forEach(child -> collectIds(child, ids));
    }
  }

  @Test
  void everyReferenceOfTheSampleIsChecked() throws Exception {
    ObjectNode tree = JSON.valueToTree(SAMPLE);
    List<String> unchecked = new ArrayList<>();
    int references = 0;
    for (String path : referencePaths(tree, "", new ArrayList<>())) {
      ObjectNode broken = tree.deepCopy();
      replaceAt(broken, path);
      references++;
      try {
        JSON.treeToValue(broken, ManagementSystem.class);
        unchecked.add(path);
      } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
        String messages = messages(e);
        if (!messages.contains(MISSING)) {
          unchecked.add(path + ": " + messages);
        }
      }
    }
    assertEquals("", String.join("\n", unchecked));
    assertEquals(true, references > 100, references + " references");
  }

  /** The JSON pointers of every text value of a field named …Id or …Ids, bar the records' own. */
  private static List<String> referencePaths(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        String path = at + "/" + name;
        boolean reference = (name.endsWith("Id") || name.endsWith("Ids"))
            && !NOT_REFERENCES.contains(name);
        if (reference && e.getValue().isTextual()) {
          out.add(path);
        } else if (reference && e.getValue().isArray()) {
          for (int i = 0; i < e.getValue().size(); i++) {
            if (e.getValue().get(i).isTextual()) {
              out.add(path + "/" + i);
            }
          }
        } else {
          referencePaths(e.getValue(), path, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        referencePaths(node.get(i), at + "/" + i, out);
      }
    }
    return out;
  }

  private static void replaceAt(JsonNode root, String pointer) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), TextNode.valueOf(MISSING));
    } else {
      ((ObjectNode) parent).put(last, MISSING);
    }
  }

  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append(" | ");
    }
    return b.toString();
  }
}
