// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RFC 8785 JSON Canonicalization Scheme (JCS) for the JSON the ledger hashes: objects with
 * their members sorted by the UTF-16 code units of their names, no whitespace, strings escaped as
 * ECMAScript's {@code JSON.stringify} does, integers in plain decimal. Ledger events hold no binary
 * floating-point numbers (decimals are strings), so a floating-point number or an integer beyond
 * ±(2^53 − 1), which an IEEE double cannot hold exactly, is refused rather than approximated.
 */
public final class Jcs {

  /** The largest integer an IEEE 754 double holds exactly, 2^53 − 1 (RFC 7493 I-JSON). */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Jcs() {}

  /** The canonical UTF-8 bytes of {@code node}. */
  public static byte[] canonicalBytes(JsonNode node) {
    return canonical(node).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical text of {@code node}. */
  public static String canonical(JsonNode node) {
    StringBuilder b = new StringBuilder(256);
    write(node, b, "$");
    return b.toString();
  }

  private static void write(JsonNode node, StringBuilder b, String path) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
        members.sort(Map.Entry.comparingByKey());
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> m : members) {
          if (!first) {
            b.append(',');
          }
          first = false;
          string(m.getKey(), b);
          b.append(':');
          write(m.getValue(), b, path + "." + m.getKey());
        }
        b.append('}');
      }
      case ARRAY -> {
        b.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            b.append(',');
          }
          write(node.get(i), b, path + "[" + i + "]");
        }
        b.append(']');
      }
      case STRING -> string(node.textValue(), b);
      case BOOLEAN -> b.append(node.booleanValue() ? "true" : "false");
      case NULL -> b.append("null");
      case NUMBER -> {
        if (!node.isIntegralNumber()) {
          throw new IllegalArgumentException("The ledger's canonical JSON holds no floating-point"
              + " numbers (decimals are strings), but " + path + " is " + node);
        }
        BigInteger v = node.bigIntegerValue();
        if (v.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
          throw new IllegalArgumentException("The ledger's canonical JSON holds integers up to"
              + " 2^53 - 1 = " + MAX_SAFE_INTEGER + " in magnitude (RFC 8785, I-JSON), but "
              + path + " is " + v);
        }
        b.append(v);
      }
      default -> throw new IllegalArgumentException("Not JSON at " + path + ": " + node);
    }
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
              b.append(c).append(s.charAt(++i));
            } else {
              throw new IllegalArgumentException("A string of the ledger's canonical JSON holds"
                  + " a lone surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                  + ", which is not Unicode text (RFC 8785 section 3.2.2.2)");
            }
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
