// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactServerClientTest {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theClientFetchesEveryPageVerifiesAndWritesFilesWithALog(@TempDir Path dir)
      throws Exception {
    try (PactServer server = PactServer.builder().footprints(TestFootprints.all())
        .client("buyer", "b-secret").pageSize(2).build().start("127.0.0.1", 0)) {
      Clock fixed = Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC);
      PactClient client = PactClient.of(server.baseUri(), "buyer", "b-secret").withClock(fixed);
      FetchResult r = client.fetchInto(dir.resolve("footprints"), dir.resolve(PactClient.FETCH_LOG),
          Map.of());
      assertEquals(7, r.written().size());
      assertTrue(r.refused().isEmpty());
      for (FetchResult.Fetched f : r.written()) {
        Path file = dir.resolve("footprints").resolve(f.file());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(PactClient.sha256(bytes), f.sha256());
        ProductFootprint read = PactFootprints.fromJson(new String(bytes,
            StandardCharsets.UTF_8));
        assertEquals(f.footprint(), read);
        assertEquals(TestFootprints.all().stream().filter(p -> p.id().equals(f.id()))
            .findFirst().orElseThrow(), read);
      }
      List<String> log = Files.readAllLines(dir.resolve(PactClient.FETCH_LOG));
      assertEquals(1, log.size());
      JsonNode line = Http.JSON.readTree(log.get(0));
      assertEquals(server.baseUri() + "/3/footprints", line.get("endpoint").asText());
      assertEquals("2026-12-04T08:00:00Z", line.get("time").asText());
      assertEquals(7, line.get("footprints").size());
      assertEquals(r.written().get(0).sha256(), line.get("footprints").get(0).get("sha256")
          .asText());
      // a filtered fetch appends to the log
      FetchResult steel = client.fetchInto(dir.resolve("footprints"),
          dir.resolve(PactClient.FETCH_LOG), Map.of("productId", List.of(TestFootprints.STEEL), "status", List.of("Active")));
      assertEquals(2, steel.written().size());
      assertEquals(2, Files.readAllLines(dir.resolve(PactClient.FETCH_LOG)).size());
      try (Stream<Path> files = Files.list(dir.resolve("footprints"))) {
        assertEquals(7, files.filter(p -> p.toString().endsWith(".json")).count());
      }
      assertEquals(PactFootprints.toTree(TestFootprints.footprint(3)), client.get(
          TestFootprints.footprint(3).id()));
    }
  }

  @Test
  void errorsAreTheSpecificationsErrorResponsesNeverAStackTrace() throws Exception {
    MovingClock clock = new MovingClock();
    try (PactServer server = PactServer.builder().footprints(TestFootprints.all())
        .client("buyer", "b-secret").maxBodyBytes(2048).tokenLifetime(Duration.ofMinutes(5))
        .clock(clock).build().start("127.0.0.1", 0)) {
      URI base = server.baseUri();
      String token = Http.token(base, "buyer", "b-secret").json().get("access_token").asText();
      // unknown id
      var e = assertThrows(PactApiException.class, () -> PactClient.of(base, "buyer",
          "b-secret").get("00000000-0000-4000-8000-999999999999"));
      assertEquals(404, e.status());
      assertEquals("NotFound", e.code());
      // wrong credentials
      var c = assertThrows(PactApiException.class, () -> PactClient.of(base, "buyer", "nope")
          .authenticate());
      assertEquals(401, c.status());
      assertEquals("invalid_client", c.code());
      // bad filters, limits and criteria
      for (String q : List.of("validOn=yesterday", "limit=0", "limit=x", "colour=red",
          "status=Active&status=Deprecated")) {
        Http.Answer a = Http.get(base, "/3/footprints?" + q, token);
        assertEquals(400, a.status(), q);
        assertEquals("BadRequest", a.json().get("code").asText(), q);
        assertFalse(a.json().get("message").asText().isEmpty());
      }
      // oversized bodies
      String big = "x".repeat(5000);
      Http.Answer tooBig = Http.event(base, token, "{\"pad\":\"" + big + "\"}");
      assertEquals(400, tooBig.status());
      assertEquals("BadRequest", tooBig.json().get("code").asText());
      assertTrue(tooBig.json().get("message").asText().contains("larger than 2048 bytes"));
      Http.Answer tooBigAuth = Http.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + big)).build());
      assertEquals(400, tooBigAuth.status());
      // not JSON, not an event, an unknown event type, an unknown path, a wrong method
      assertEquals("BadRequest", Http.event(base, token, "{not json").json().get("code")
          .asText());
      assertEquals("BadRequest", Http.event(base, token, "{\"type\":\"x\"}").json()
          .get("code").asText());
      Http.Answer unknownType = Http.event(base, token, "{\"type\":\"x\",\"specversion\":"
          + "\"1.0\",\"id\":\"1\",\"source\":\"//x\",\"data\":{}}");
      assertEquals(400, unknownType.status());
      assertEquals("NotImplemented", unknownType.json().get("code").asText());
      Http.Answer nowhere = Http.get(base, "/2/footprints", token);
      assertEquals(404, nowhere.status());
      assertEquals("NotFound", nowhere.json().get("code").asText());
      Http.Answer delete = Http.send(HttpRequest.newBuilder(URI.create(base + "/3/footprints"))
          .header("Authorization", "Bearer " + token).DELETE().build());
      assertEquals(400, delete.status());
      assertEquals("NotImplemented", delete.json().get("code").asText());
      // a malformed query and a malformed path, sent as raw bytes
      for (String target : List.of("/3/footprints?status=%zz", "/3/footprints/%zz")) {
        String raw = raw(server.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400 "), raw);
        assertTrue(raw.contains("Content-Type: application/json"), raw);
        assertTrue(raw.endsWith("{\"code\":\"BadRequest\",\"message\":\"Bad Request\"}")
            || raw.contains("\"code\":\"BadRequest\",\"message\":\"The query is not"
            + " well-formed"), raw);
      }
      // an expired token
      clock.now = clock.now.plus(Duration.ofMinutes(6));
      Http.Answer expired = Http.get(base, "/3/footprints", token);
      assertEquals(401, expired.status());
      assertEquals("TokenExpired", expired.json().get("code").asText());
      for (Http.Answer a : List.of(tooBig, tooBigAuth, unknownType, nowhere, delete, expired)) {
        assertFalse(a.text().contains("Exception") || a.text().contains("\tat "), a.text());
        assertTrue(a.raw().headers().firstValue("content-type").orElse("")
            .startsWith("application/json"), a.text());
      }
    }
  }

  /** Sends raw bytes to the server and returns its raw answer. */
  static String raw(int port, String request) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aServerRefusesFootprintsItCannotPublish() {
    ProductFootprint pf = TestFootprints.footprint(0);
    var twice = assertThrows(IllegalArgumentException.class, () -> PactServer.builder()
        .footprints(List.of(pf, pf)).build());
    assertEquals("Two footprints have the id " + pf.id() + "; a PACT id names one footprint",
        twice.getMessage());
    var lacking = assertThrows(IllegalArgumentException.class, () -> PactServer.builder()
        .footprints(List.of(pf.withFossilCarbonContent(java.util.Optional.empty()))).build());
    assertTrue(lacking.getMessage().contains("it lacks fossilCarbonContent"));
  }
}
