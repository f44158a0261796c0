// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cnms.quantification.method.PactFootprints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PACT v3 conformance test cases (TESTCASE#1 to #40 of the PACT Conformance Testing Service,
 * github.com/wbcsd/pact-conformance-service, src/test-cases/v3-test-cases.ts and
 * docs/v3-test-cases-expected-results.md), re-coded against a {@link PactServer} on loopback:
 * the same requests, the same expected status codes and conditions on the bodies; every footprint
 * returned must also be read by the strict v3 reader without a problem. The cases the official
 * service runs against a deployment over the internet are re-coded as follows: the HTTPS-only
 * cases (#9, #10, #11, #17) against a server that requires HTTPS, called over plain HTTP; the
 * asynchronous callbacks (#13, #14.B) with a second server on loopback as the requester.
 */
class PactConformanceTest {

  static final String ID = "conformance-tester";
  static final String SECRET = "tester-secret";
  static PactServer recipient;
  static PactServer server;
  static PactServer httpsOnly;
  static final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  static URI base;
  static String token;
  static JsonNode first;

  @BeforeAll
  static void start() {
    recipient = PactServer.builder().client("supplier", "supplier-secret")
        .eventListener(received::add).build().start("127.0.0.1", 0);
    server = PactServer.builder().footprints(TestFootprints.all()).client(ID, SECRET)
        .pageSize(3).allowCallback(recipient.baseUri(), "supplier", "supplier-secret")
        .build().start("127.0.0.1", 0);
    httpsOnly = PactServer.builder().footprints(TestFootprints.all()).client(ID, SECRET)
        .requireHttps(true).trustForwardedProto(true).build().start("127.0.0.1", 0);
    base = server.baseUri();
    token = Http.token(base, ID, SECRET).json().get("access_token").asText();
    first = PactFootprints.toTree(TestFootprints.footprint(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    httpsOnly.close();
    recipient.close();
  }

  /** The footprints of a list response, each checked by the strict v3 reader. */
  static List<JsonNode> data(Http.Answer a) {
    assertNotNull(a.json(), a.text());
    List<JsonNode> out = new ArrayList<>();
    a.json().get("data").forEach(out::add);
    for (JsonNode pf : out) {
      assertEquals(List.of(), PactFootprints.problems(pf), pf.path("id").asText());
    }
    return out;
  }

  static List<JsonNode> all() {
    List<JsonNode> out = new ArrayList<>();
    String next = "/3/footprints";
    while (next != null) {
      Http.Answer a = Http.get(base, next, token);
      out.addAll(data(a));
      next = PactClient.nextLink(a.raw()).map(u -> u.toString().substring(base.toString()
          .length())).orElse(null);
    }
    return out;
  }

  static List<JsonNode> filtered(String query, Predicate<JsonNode> every) {
    List<JsonNode> out = new ArrayList<>();
    String next = "/3/footprints?" + query;
    while (next != null) {
      Http.Answer a = Http.get(base, next, token);
      assertEquals(200, a.status(), a.text());
      out.addAll(data(a));
      next = PactClient.nextLink(a.raw()).map(u -> u.toString().substring(base.toString()
          .length())).orElse(null);
    }
    assertTrue(out.stream().allMatch(every), query + " gave " + out);
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Instant instant(JsonNode n) {
    return PactFootprints.fromTree(n, null).created().atOffset(ZoneOffset.UTC).toInstant();
  }

  @Test
  void tc01And18AuthTokenWithValidCredentials() {
    Http.Answer a = Http.token(base, ID, SECRET);
    assertEquals(200, a.status());
    assertTrue(a.json().get("access_token").asText().length() >= 40);
    assertEquals("bearer", a.json().get("token_type").asText());
    assertEquals(3600, a.json().get("expires_in").asInt());
  }

  @Test
  void tc02And19AuthTokenWithInvalidCredentials() {
    Http.Answer a = Http.token(base, ID, "wrong");
    assertEquals(401, a.status());
    assertEquals("invalid_client", a.json().get("error").asText());
    assertNull(a.json().get("access_token"));
    assertEquals(401, Http.token(base, "nobody", SECRET).status());
  }

  @Test
  void tc03GetFootprint() {
    Http.Answer a = Http.get(base, "/3/footprints/" + first.get("id").asText(), token);
    assertEquals(200, a.status());
    assertEquals(first, a.json().get("data"));
  }

  @Test
  void tc04ListFootprintsAndTc05Pagination() {
    Http.Answer a = Http.get(base, "/3/footprints", token);
    assertEquals(200, a.status());
    assertEquals(3, data(a).size());
    URI next = PactClient.nextLink(a.raw()).orElseThrow();
    assertTrue(next.isAbsolute());
    assertEquals("127.0.0.1:" + server.port(), next.getAuthority());
    Http.Answer page2 = Http.send(HttpRequest.newBuilder(next)
        .header("Authorization", "Bearer " + token).GET().build());
    assertEquals(200, page2.status());
    assertEquals(3, data(page2).size());
    // the pagination link can be called more than once, with the same result
    assertEquals(page2.json(), Http.send(HttpRequest.newBuilder(next)
        .header("Authorization", "Bearer " + token).GET().build()).json());
    assertEquals(7, all().size());
    assertEquals(2, data(Http.get(base, "/3/footprints?limit=2", token)).size());
  }

  @Test
  void tc06ListWithInvalidTokenTc07GetWithInvalidToken() {
    Http.Answer list = Http.get(base, "/3/footprints", "very-invalid-access-token-x1");
    assertEquals(400, list.status());
    assertEquals("BadRequest", list.json().get("code").asText());
    assertNull(list.json().get("data"));
    Http.Answer get = Http.get(base, "/3/footprints/" + first.get("id").asText(), "bad");
    assertEquals(400, get.status());
    assertEquals("BadRequest", get.json().get("code").asText());
  }

  @Test
  void tc08GetNonExistentFootprint() {
    Http.Answer a = Http.get(base, "/3/footprints/00000000-0000-0000-0000-000000000000", token);
    assertEquals(404, a.status());
    assertEquals("NotFound", a.json().get("code").asText());
    assertEquals("application/json", a.raw().headers().firstValue("content-type").orElse("")
        .replaceAll(";.*", ""));
  }

  @Test
  void tc09To11And17PlainHttpIsRefusedWhenHttpsIsRequired() {
    URI plain = httpsOnly.baseUri();
    Http.Answer auth = Http.token(plain, ID, SECRET);
    assertEquals(400, auth.status());
    assertNull(auth.json().get("access_token"));
    Http.Answer list = Http.get(plain, "/3/footprints", token);
    assertNull(list.json().get("data"));
    Http.Answer get = Http.get(plain, "/3/footprints/" + first.get("id").asText(), token);
    assertNull(get.json().get("data"));
    Http.Answer event = Http.event(plain, token, published(UUID.randomUUID().toString()));
    assertEquals(400, event.status());
    // behind a TLS-terminating proxy
    Http.Answer proxied = Http.send(HttpRequest.newBuilder(URI.create(plain + "/auth/token"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            (ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
        .header("X-Forwarded-Proto", "https")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    assertEquals(200, proxied.status());
  }

  static String request(String id, List<String> productIds) {
    StringBuilder ids = new StringBuilder();
    productIds.forEach(p -> ids.append(ids.length() == 0 ? "" : ",").append('"').append(p)
        .append('"'));
    return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + recipient.baseUri()
        + "\",\"time\":\"" + Instant.now() + "\",\"type\":\"" + PactApi.REQUEST_CREATED
        + "\",\"data\":{\"productId\":[" + ids + "],\"comment\":\"Please send PCF data for this"
        + " year.\"}}";
  }

  static String published(String pfId) {
    return "{\"type\":\"" + PactApi.PUBLISHED + "\",\"specversion\":\"1.0\",\"id\":\""
        + UUID.randomUUID() + "\",\"source\":\"" + recipient.baseUri() + "\",\"time\":\""
        + Instant.now() + "\",\"data\":{\"pfIds\":[\"" + pfId + "\"]}}";
  }

  @Test
  void tc12To14AsynchronousRequestsAreFulfilledOrRejected() throws Exception {
    received.clear();
    Http.Answer a = Http.event(base, token, request("run-1/12",
        List.of(TestFootprints.STEEL)));
    assertEquals(200, a.status());
    assertEquals("", a.text());
    JsonNode fulfilled = received.poll(20, TimeUnit.SECONDS);
    assertNotNull(fulfilled, "no RequestFulfilledEvent within 20 s");
    assertEquals(PactApi.REQUEST_FULFILLED, fulfilled.get("type").asText());
    assertEquals("run-1/12", fulfilled.get("data").get("requestEventId").asText());
    Set<String> steel = Set.of("00000000-0000-4000-8000-000000000001",
        "00000000-0000-4000-8000-000000000004", "00000000-0000-4000-8000-000000000007");
    List<String> got = new ArrayList<>();
    fulfilled.get("data").get("pfs").forEach(pf -> {
      got.add(pf.get("id").asText());
      assertEquals(List.of(), PactFootprints.problems(pf));
    });
    assertEquals(steel, Set.copyOf(got));

    Http.Answer b = Http.event(base, token, request("run-1/14.A", List.of("urn:pact:null")));
    assertEquals(200, b.status());
    JsonNode rejected = received.poll(20, TimeUnit.SECONDS);
    assertNotNull(rejected, "no RequestRejectedEvent within 20 s");
    assertEquals(PactApi.REQUEST_REJECTED, rejected.get("type").asText());
    assertEquals("run-1/14.A", rejected.get("data").get("requestEventId").asText());
    assertEquals("NotFound", rejected.get("data").get("error").get("code").asText());
  }

  @Test
  void tc15PublishedEventTc16WithInvalidTokenTc40Malformed() {
    assertEquals(200, Http.event(base, token, published("3a6c14a7-4deb-498a-b5ea-16ce2535b576"))
        .status());
    Http.Answer bad = Http.event(base, "very-invalid", published(UUID.randomUUID().toString()));
    assertEquals(400, bad.status());
    assertEquals("BadRequest", bad.json().get("code").asText());
    Http.Answer malformed = Http.event(base, token, published("urn:gtin:4712345060507"));
    assertEquals(400, malformed.status());
    assertEquals("BadRequest", malformed.json().get("code").asText());
  }

  @Test
  void tc20To29FilteringMatchesEveryCriterion() {
    String product = first.get("productIds").get(0).asText();
    String company = first.get("companyIds").get(0).asText();
    String classification = first.get("productClassifications").get(0).asText();
    assertEquals(3, filtered("productId=" + enc(product),
        f -> f.get("productIds").toString().contains(product)).size());
    assertEquals(4, filtered("companyId=" + enc(company),
        f -> f.get("companyIds").toString().contains(company)).size());
    assertEquals(2, filtered("geography=CN", f -> "CN".equals(f.get("pcf")
        .path("geographyCountry").asText())).size());
    assertEquals(2, filtered("geography=cn", f -> true).size());
    assertEquals(3, filtered("classification=" + enc(classification),
        f -> f.get("productClassifications").toString().contains(classification)).size());
    // footprint 0 has no validity period: valid from its reference period's end
    // (2021-01-01) for three years
    Instant validOn = Instant.parse("2021-01-01T00:00:00Z");
    List<JsonNode> on = filtered("validOn=" + validOn, f -> {
      var pf = PactFootprints.fromTree(f, null);
      Instant from = pf.validityPeriodStart().orElse(pf.referencePeriodEnd());
      return !from.isAfter(validOn) && !pf.validUntil().isBefore(validOn);
    });
    assertTrue(on.stream().anyMatch(f -> f.get("id").equals(first.get("id"))));
    Instant after = validOn.minusSeconds(86_400);
    assertEquals(7, filtered("validAfter=" + after, f -> {
      var pf = PactFootprints.fromTree(f, null);
      return pf.validityPeriodStart().orElse(pf.referencePeriodEnd()).isAfter(after);
    }).size());
    Instant before = Instant.parse("2024-01-02T00:00:00Z");
    assertEquals(1, filtered("validBefore=" + before,
        f -> PactFootprints.fromTree(f, null).validUntil().isBefore(before)).size());
    assertEquals(6, filtered("status=Active", f -> "Active".equals(f.get("status").asText()))
        .size());
    assertEquals(2, filtered("status=Active&productId=" + enc(product), f -> "Active".equals(
        f.get("status").asText()) && f.get("productIds").toString().contains(product)).size());
    assertEquals(4, filtered("companyId=" + enc(company) + "&companyId=xyz&companyId=abc",
        f -> f.get("companyIds").toString().contains(company)).size());
  }

  @Test
  void tc30To39BogusFiltersGiveEmptyLists() {
    for (String q : List.of("productId=urn:bogus:product:abc", "companyId=urn:bogus:company:x",
        "geography=XX", "classification=urn:bogus:classification:y",
        "validOn=1900-01-01T00:00:00Z", "validAfter=2099-12-31T23:59:59Z",
        "validBefore=1900-01-01T00:00:00Z", "status=BogusStatusAbc",
        "companyId=urn:bogus:company:a&productId=urn:bogus:product:b",
        "companyId=urn:bogus:company:a&companyId=urn:bogus:company:b")) {
      Http.Answer a = Http.get(base, "/3/footprints?" + q, token);
      assertEquals(200, a.status(), q);
      assertEquals("{\"data\":[]}", a.text(), q);
      assertTrue(a.raw().headers().firstValue("link").isEmpty(), q);
    }
  }
}
