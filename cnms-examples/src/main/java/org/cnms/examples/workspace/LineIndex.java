// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of every field of a JSON or YAML document, by its path, and the line of every record
 * id, so that a problem found after reading (by a path such as {@code $.facilities[2].kind}, or
 * naming an id) can be shown at its line. Built from a document that parses; partial if not.
 */
final class LineIndex {

  private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  private final Map<String, Integer> byPointer = new HashMap<>();
  private final Map<String, Integer> byId = new LinkedHashMap<>();

  private LineIndex() {}

  /** The index of {@code text}; stops quietly at a syntax error. */
  static LineIndex of(JsonFactory factory, String text) {
    LineIndex index = new LineIndex();
    try (JsonParser p = factory.createParser(text)) {
      String lastField = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.FIELD_NAME) {
          index.byPointer.putIfAbsent(pointer, line);
          lastField = p.currentName();
          continue;
        }
        index.byPointer.putIfAbsent(pointer, line);
        if (t.isScalarValue() && "id".equals(lastField)) {
          index.byId.putIfAbsent(p.getText(), line);
        }
        lastField = null;
      }
    } catch (IOException | RuntimeException e) {
      // the parse error itself is reported by the reader of the document
    }
    return index;
  }

  /**
   * The line of the field at {@code path} ({@code $.a[2].b}), or of its nearest enclosing field
   * that has one; 0 if none.
   */
  int line(String path) {
    StringBuilder pointer = new StringBuilder();
    Matcher m = STEP.matcher(path);
    int best = byPointer.getOrDefault("", 0);
    while (m.find()) {
      pointer.append('/').append(m.group(1) != null
          ? m.group(1).replace("~", "~0").replace("/", "~1") : m.group(2));
      Integer l = byPointer.get(pointer.toString());
      if (l != null) {
        best = l;
      }
    }
    return best;
  }

  /** The line of the record with id {@code id}, if the document defines it. */
  int lineOfId(String id) {
    return byId.getOrDefault(id, 0);
  }

  /** The line of the first id defined in the document that {@code message} names; 0 if none. */
  int lineOfFirstIdIn(String message) {
    int bestPos = Integer.MAX_VALUE;
    int bestLine = 0;
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      int pos = indexOfWord(message, e.getKey());
      if (pos >= 0 && pos < bestPos) {
        bestPos = pos;
        bestLine = e.getValue();
      }
    }
    return bestLine;
  }

  private static int indexOfWord(String text, String word) {
    if (word.isEmpty()) {
      return -1;
    }
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean before = i == 0 || !idChar(text.charAt(i - 1));
      int end = i + word.length();
      boolean after = end == text.length() || !idChar(text.charAt(end));
      if (before && after) {
        return i;
      }
    }
    return -1;
  }

  private static boolean idChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
