package org.cnms.assets.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cnms.assets.AssetsModule;
import org.cnms.core.json.CnmsJson;

/** The canonical encoding of ledger events and the SHA-256 chain over them. */
final class EventHashing {

  static final ObjectMapper MAPPER = CnmsJson.newJsonMapper().registerModule(new AssetsModule());
  private static final ObjectWriter CANONICAL = MAPPER.writerFor(LedgerEvent.class);
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  });
  private static final HexFormat HEX = HexFormat.of();

  private EventHashing() {}

  /** The canonical encoding: compact JSON, fields in alphabetical order, decimals as strings. */
  static byte[] canonical(LedgerEvent event) {
    try {
      return CANONICAL.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode ledger event " + event.id() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /** SHA-256 of {@code index \n previousHash \n canonical(event)}, lower-case hex. */
  static String hash(long index, String previousHash, LedgerEvent event) {
    MessageDigest d = SHA256.get();
    d.reset();
    d.update((index + "\n" + previousHash + "\n").getBytes(StandardCharsets.US_ASCII));
    d.update(canonical(event));
    return HEX.formatHex(d.digest());
  }
}
