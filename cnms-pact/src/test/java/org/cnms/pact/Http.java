// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Raw HTTP calls for the tests, as a conformance tester makes them. */
final class Http {

  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, body as text and as JSON (null if empty or not JSON), its headers. */
  record Answer(int status, String text, JsonNode json, HttpResponse<String> raw) {}

  private Http() {}

  static Answer send(HttpRequest req) {
    try {
      HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = r.body().isEmpty() ? null : JSON.readTree(r.body());
      } catch (IOException e) {
        json = null;
      }
      return new Answer(r.statusCode(), r.body(), json, r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer token(URI base, String id, String secret) {
    return send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (id + ":" + secret).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
  }

  static Answer get(URI base, String pathAndQuery, String token) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .header("Authorization", "Bearer " + token).GET().build());
  }

  static Answer event(URI base, String token, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + "/3/events"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }
}
