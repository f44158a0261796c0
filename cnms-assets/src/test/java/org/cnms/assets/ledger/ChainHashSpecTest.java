// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cnms.assets.ledger.internal.Jcs;
import org.cnms.assets.unit.SerialRange;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The chain rule of {@code docs/ledger-hash-chain.md}, checked against its test vectors with an
 * RFC 8785 implementation that is not ours ({@code io.github.erdtman:java-json-canonicalization})
 * and a plain Jackson mapper that knows nothing of cnms: a verifier who does not use this library
 * recomputes every hash.
 */
class ChainHashSpecTest {

  private static final String VECTORS = "chain-v2-vectors.json";
  /** Knows nothing of cnms: what a third party's JSON library would do. */
  private static final ObjectMapper PLAIN = new ObjectMapper();
  static final String TRICKY = "Tab\there, \"quoted\", back\\slash, \u0001, é, 😀, \u2028, 碳";

  /** The ledger of the vectors: the golden ledger and one sale whose counterparty needs escapes. */
  static Ledger vectorLedger() {
    Ledger l = LedgerGoldenExportTest.fixedLedger();
    l.append(Sold.builder().id("sell-escapes").date(LocalDate.of(2025, 3, 11))
        .registry("CN-ETS").serials(SerialRange.of("CEA-2024", 601, 610))
        .price(UnitPrice.of("58.20", "CNY")).counterparty(TRICKY).build());
    return l;
  }

  /** What a third party computes from one JSON line: SHA-256 of JCS(entry without "hash"). */
  static String[] independently(String line) throws IOException {
    ObjectNode entry = (ObjectNode) PLAIN.readTree(line);
    entry.remove("hash");
    String canonical = new JsonCanonicalizer(PLAIN.writeValueAsString(entry)).getEncodedString();
    return new String[] {canonical, sha256(canonical.getBytes(StandardCharsets.UTF_8))};
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode vectors() throws IOException {
    try (InputStream in = ChainHashSpecTest.class.getResourceAsStream(VECTORS)) {
      assertNotNull(in, "missing test resource " + VECTORS);
      return PLAIN.readTree(in);
    }
  }

  /** The vectors file is the vector ledger: line, hashed text and hash of every entry. */
  @Test
  void theVectorsAreThoseOfTheVectorLedger() throws IOException {
    List<ObjectNode> actual = new ArrayList<>();
    for (LedgerEntry e : vectorLedger().entries()) {
      ObjectNode v = PLAIN.createObjectNode();
      v.put("line", LedgerJsonLines.toLine(e));
      v.put("hashed", new String(ChainHashing.hashedBytesV2(e.index(), e.previousHash(),
          e.event()), StandardCharsets.UTF_8));
      v.put("sha256", e.hash());
      actual.add(v);
    }
    String text = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
    String expected;
    try (InputStream in = ChainHashSpecTest.class.getResourceAsStream(VECTORS)) {
      expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(text)) {
      Path p = Path.of("target", "chain-v2-vectors-actual.json");
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    }
    assertEquals(expected, text);
  }

  /** An independent JCS implementation reproduces every vector's hashed text and hash. */
  @Test
  void anIndependentImplementationReproducesEveryVector() throws IOException {
    JsonNode vectors = vectors();
    assertEquals(11, vectors.size());
    StringBuilder lines = new StringBuilder();
    String previous = LedgerEntry.GENESIS;
    for (JsonNode v : vectors) {
      String line = v.get("line").textValue();
      String[] mine = independently(line);
      assertEquals(v.get("hashed").textValue(), mine[0]);
      assertEquals(v.get("sha256").textValue(), mine[1]);
      JsonNode entry = PLAIN.readTree(line);
      assertEquals(mine[1], entry.get("hash").textValue());
      assertEquals(previous, entry.get("previousHash").textValue());
      assertEquals(2, entry.get("chain").intValue());
      previous = mine[1];
      lines.append(line).append('\n');
    }
    LedgerVerification check = Ledger.verifyJsonLines(new StringReader(lines.toString()));
    assertTrue(check.intact(), () -> check.problem().orElse(""));
    assertEquals(previous, check.headHash().orElseThrow());
  }

  /** The first vector, worked by hand in the specification. */
  @Test
  void theWorkedExampleOfTheSpecification() throws IOException {
    JsonNode first = vectors().get(0);
    assertEquals("{\"chain\":2,\"event\":{\"account\":\"main\",\"block\":{\"issuance\":\"EX_POST\","
        + "\"origin\":\"OUTSIDE_BOUNDARY\",\"registry\":\"CN-ETS\",\"serials\":{\"end\":1000,"
        + "\"prefix\":\"CEA-2024\",\"start\":1},\"type\":\"CEA\",\"vintage\":2024},"
        + "\"date\":\"2025-03-01\",\"id\":\"issue-cea\",\"issuer\":\"MEE\",\"type\":\"Issued\"},"
        + "\"index\":0,\"previousHash\":\"" + LedgerEntry.GENESIS + "\"}",
        first.get("hashed").textValue());
    assertEquals("0d9d16764f041d6ec27bc0eb754ab84acacdd522ee91534605b90aaf24ffabc7",
        sha256(first.get("hashed").textValue().getBytes(StandardCharsets.UTF_8)));
    // the escapes of the last vector: JSON.stringify's, with é, 😀, U+2028 and 碳 as UTF-8
    String last = vectors().get(10).get("hashed").textValue();
    assertTrue(last.contains("\"counterparty\":\"Tab\\there, \\\"quoted\\\", back\\\\slash,"
        + " \\u0001, é, 😀, \u2028, 碳\""), last);
    assertTrue(last.contains("\"price\":{\"amount\":\"58.20\",\"currency\":\"CNY\"}"), last);
  }

  /** Our canonical form equals the independent one for any event, texts of any code points. */
  @Test
  void ourCanonicalFormIsTheIndependentOneForAnyEvent() {
    Gen<String> anyText = SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 12)
        .assuming(s -> !s.isBlank() && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    Gen<LedgerEvent> events = LedgerGen.events().mix(in -> Sold.builder()
        .id("s-" + Generate.range(0, 99).generate(in)).date(LocalDate.of(2025, 1, 1))
        .registry("CN-ETS").serials(SerialRange.of("CEA", 1, 2))
        .price(UnitPrice.of("1.0", "CNY")).counterparty(anyText.generate(in)).build());
    qt().withExamples(300).forAll(events, Generate.longRange(0, Jcs.MAX_SAFE_INTEGER))
        .checkAssert((e, index) -> {
          String ours = new String(ChainHashing.hashedBytesV2(index, LedgerEntry.GENESIS, e),
              StandardCharsets.UTF_8);
          LedgerEntry entry = LedgerEntry.builder().chain(2).index(index)
              .previousHash(LedgerEntry.GENESIS)
              .hash(ChainHashing.hash(2, index, LedgerEntry.GENESIS, e)).event(e).build();
          try {
            String[] theirs = independently(LedgerJsonLines.toLine(entry));
            assertEquals(theirs[0], ours);
            assertEquals(theirs[1], entry.hash());
          } catch (IOException ex) {
            throw new AssertionError(ex);
          }
        });
  }

  /** Integers a double cannot hold exactly, and lone surrogates, are refused, not approximated. */
  @Test
  void whatJcsCannotRepresentIsRefused() {
    Ledger l = Ledger.create();
    long big = Jcs.MAX_SAFE_INTEGER + 1;
    var e = assertThrows(IllegalArgumentException.class, () -> l.append(Issued.builder()
        .id("big").date(LocalDate.of(2025, 1, 1)).account("main")
        .block(org.cnms.assets.unit.UnitBlock.builder()
            .type(org.cnms.assets.unit.StandardUnitType.CEA).registry("CN-ETS").vintage(2024)
            .serials(SerialRange.of("CEA", big, big)).build()).build()));
    assertEquals("Event big (Issued) cannot be hashed: The ledger's canonical JSON holds integers"
        + " up to 2^53 - 1 = 9007199254740991 in magnitude (RFC 8785, I-JSON), but"
        + " $.event.block.serials.end is 9007199254740992", e.getMessage());
    assertEquals(0, l.size());
    assertEquals(0, l.totals().held());
    var s = assertThrows(IllegalArgumentException.class, () -> Jcs.canonical(
        PLAIN.getNodeFactory().textNode("a\uD800b")));
    assertTrue(s.getMessage().contains("lone surrogate U+D800"), s.getMessage());
  }
}
