// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cnms.assets.AssetsModule;
import org.cnms.assets.ledger.internal.Jcs;
import org.cnms.core.json.CnmsJson;

/**
 * The hash chain of the ledger, in its two versions (see {@code docs/ledger-hash-chain.md}):
 *
 * <ul>
 *   <li>{@link LedgerEntry#CHAIN_V2}: SHA-256 of the RFC 8785 (JCS) form of the entry without its
 *       {@code hash}: {@code {"chain":2,"event":{…},"index":i,"previousHash":"…"}};</li>
 *   <li>{@link LedgerEntry#CHAIN_V1} (ledgers written before version 2, still verified):
 *       SHA-256 of {@code index + "\n" + previousHash + "\n"} followed by the event as this
 *       library's Jackson set-up writes it (top-level fields sorted, nested ones in declaration
 *       order).</li>
 * </ul>
 */
final class ChainHashing {

  static final ObjectMapper MAPPER = CnmsJson.newJsonMapper().registerModule(new AssetsModule());
  private static final ObjectWriter EVENT_WRITER = MAPPER.writerFor(LedgerEvent.class);
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  });
  private static final HexFormat HEX = HexFormat.of();

  private ChainHashing() {}

  /** The event as Jackson writes it: its JSON in the ledger's JSON Lines, type name included. */
  static byte[] eventJson(LedgerEvent event) {
    try {
      return EVENT_WRITER.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode ledger event " + event.id() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * The bytes hashed for an entry of chain version 2: the JCS form of
   * {@code {"chain":2,"event":…,"index":…,"previousHash":…}}.
   *
   * @throws IllegalArgumentException if the event holds an integer beyond ±(2^53 − 1)
   */
  static byte[] hashedBytesV2(long index, String previousHash, LedgerEvent event) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("chain", LedgerEntry.CHAIN_V2);
    o.put("index", index);
    o.put("previousHash", previousHash);
    // the event's JSON tree as Jackson would write it (type name included: LedgerEvent's type
    // information is inherited by every event class), without text in between
    JsonNode e = MAPPER.valueToTree(event);
    o.set("event", e);
    try {
      return Jcs.canonicalBytes(o);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Event " + event.id() + " (" + event.type()
          + ") cannot be hashed: " + ex.getMessage(), ex);
    }
  }

  /** The hash of an entry of chain {@code version}, lower-case hex. */
  static String hash(int version, long index, String previousHash, LedgerEvent event) {
    MessageDigest d = SHA256.get();
    d.reset();
    if (version == LedgerEntry.CHAIN_V1) {
      d.update((index + "\n" + previousHash + "\n").getBytes(StandardCharsets.US_ASCII));
      d.update(eventJson(event));
    } else if (version == LedgerEntry.CHAIN_V2) {
      d.update(hashedBytesV2(index, previousHash, event));
    } else {
      throw new IllegalArgumentException("Unknown ledger chain version " + version);
    }
    return HEX.formatHex(d.digest());
  }

  /** The hash of entry {@code e} recomputed from its content. */
  static String recompute(LedgerEntry e) {
    return hash(e.chain(), e.index(), e.previousHash(), e.event());
  }
}
