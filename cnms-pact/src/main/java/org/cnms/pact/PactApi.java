// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cnms.core.json.CnmsJson;
import org.cnms.pact.internal.FootprintQuery;
import org.cnms.pact.internal.Tokens;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.jspecify.annotations.Nullable;

/**
 * The PACT v3 API of one data owner, independent of the HTTP server that carries it: answers a
 * request (method, path, query, headers, body) with the response the specification requires.
 * {@link PactServer} runs it on an HTTP server.
 *
 * <p>Actions: Authenticate ({@code POST /auth/token}, OAuth2 client credentials by HTTP Basic
 * authentication, RFC 6749 section 4.4; errors as section 5.2: {@code invalid_client} 401,
 * {@code invalid_request} and {@code unsupported_grant_type} 400), ListFootprints
 * ({@code GET /3/footprints}, the specification's filter criteria, {@code limit}, pagination by a
 * {@code Link: <…>; rel="next"} header whose host is the request's), GetFootprint
 * ({@code GET /3/footprints/{id}}) and Events ({@code POST /3/events}, CloudEvents in structured
 * JSON mode: {@code PublishedEvent}, {@code RequestCreatedEvent} — answered by a
 * {@code RequestFulfilledEvent} or {@code RequestRejectedEvent} sent to the request's
 * {@code source} when the source is allowed —, {@code RequestFulfilledEvent} and
 * {@code RequestRejectedEvent}, which are accepted and handed to a listener).
 *
 * <p>Errors are the specification's error responses, {@code {"code": …, "message": …}} as JSON:
 * an unknown or malformed access token {@code BadRequest} 400, an expired one {@code TokenExpired}
 * 401, an unknown footprint {@code NotFound} 404 (the code of the specification's OpenAPI
 * document and of the conformance tests; the specification's text calls it
 * {@code NoSuchFootprint}), a bad filter, limit, event or body {@code BadRequest} 400, a body
 * larger than the limit {@code BadRequest} 400, an unknown path {@code NotFound} 404, an action
 * or event type not implemented {@code NotImplemented} 400, anything unexpected
 * {@code InternalError} 500 — never a stack trace. Thread-safe.
 */
public final class PactApi {

  /** The CloudEvents type of a PACT v3 published-footprints event. */
  public static final String PUBLISHED = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";
  /** The CloudEvents type of a PACT v3 footprint request. */
  public static final String REQUEST_CREATED =
      "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
  /** The CloudEvents type of a PACT v3 fulfilled footprint request. */
  public static final String REQUEST_FULFILLED =
      "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
  /** The CloudEvents type of a PACT v3 rejected footprint request. */
  public static final String REQUEST_REJECTED =
      "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";

  static final ObjectMapper JSON = CnmsJson.newJsonMapper();
  private static final Pattern UUID_PATTERN = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final List<ProductFootprint> footprints;
  private final Map<String, ProductFootprint> byId = new LinkedHashMap<>();
  private final Map<String, String> clients;
  private final Tokens tokens;
  private final int maxBodyBytes;
  private final int pageSize;
  private final boolean requireHttps;
  private final Consumer<JsonNode> eventListener;
  private final EventSender sender;
  private final Clock clock;

  /** Sends an event to a data recipient's events endpoint. */
  @FunctionalInterface
  public interface EventSender {
    /**
     * Sends the event answering a request to the requester.
     *
     * @param source the {@code source} of the request event, not null
     * @param event the event to send, not null
     */
    void send(String source, ObjectNode event);
  }

  PactApi(List<ProductFootprint> footprints, Map<String, String> clients, Duration tokenLifetime,
      int maxBodyBytes, int pageSize, boolean requireHttps, Consumer<JsonNode> eventListener,
      EventSender sender, Clock clock) {
    this.footprints = List.copyOf(footprints);
    for (ProductFootprint pf : this.footprints) {
      if (byId.put(pf.id(), pf) != null) {
        throw new IllegalArgumentException("Two footprints have the id " + pf.id()
            + "; a PACT id names one footprint");
      }
      PactFootprints.toTree(pf);
    }
    this.clients = Map.copyOf(clients);
    this.tokens = new Tokens(tokenLifetime, clock);
    this.maxBodyBytes = maxBodyBytes;
    this.pageSize = pageSize;
    this.requireHttps = requireHttps;
    this.eventListener = eventListener;
    this.sender = sender;
    this.clock = clock;
  }

  /** The largest request body accepted, bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * A request as the HTTP server received it.
   *
   * @param method the method, upper case
   * @param path the path, without query
   * @param query the query parameters, decoded, each with its values in order
   * @param headers the headers, by lower-case name
   * @param body the body, at most {@link #maxBodyBytes()} bytes, or null when it was larger
   * @param secure whether the request came over TLS (or from a proxy that says so)
   * @param baseUrl the absolute URL of the API root as the client addressed it, e.g.
   *     {@code https://api.example.com}, for pagination links
   */
  public record Request(String method, String path, Map<String, List<String>> query,
      Map<String, String> headers, byte @Nullable [] body, boolean secure, String baseUrl) {}

  /**
   * A response to send.
   *
   * @param status the HTTP status
   * @param contentType the content type, or empty for an empty body
   * @param headers further headers
   * @param body the body
   */
  public record Response(int status, String contentType, Map<String, String> headers,
      String body) {}

  /** Answers a request; never throws. */
  public Response handle(Request r) {
    try {
      if (requireHttps && !r.secure()) {
        return error(400, "BadRequest", "The PACT API is served over HTTPS only");
      }
      if (r.body() == null) {
        return error(400, "BadRequest", "The request body is larger than " + maxBodyBytes
            + " bytes");
      }
      String path = r.path().replaceAll("/+$", "");
      if (path.equals("/auth/token")) {
        return "POST".equals(r.method()) ? token(r)
            : error(400, "NotImplemented", "The token endpoint is called with POST");
      }
      if (path.equals("/3/footprints")) {
        return "GET".equals(r.method()) ? authorised(r, () -> list(r))
            : error(400, "NotImplemented", r.method() + " " + path + " is not implemented");
      }
      if (path.startsWith("/3/footprints/")) {
        return "GET".equals(r.method())
            ? authorised(r, () -> get(path.substring("/3/footprints/".length())))
            : error(400, "NotImplemented", r.method() + " " + path + " is not implemented");
      }
      if (path.equals("/3/events")) {
        return "POST".equals(r.method()) ? authorised(r, () -> event(r))
            : error(400, "NotImplemented", r.method() + " " + path + " is not implemented");
      }
      return error(404, "NotFound", "No PACT action at " + r.method() + " " + r.path());
    } catch (RuntimeException e) {
      return error(500, "InternalError", "An internal or unexpected error has occurred");
    }
  }

  // ------------------------------------------------------------------ authentication

  private Response token(Request r) {
    String auth = r.headers().getOrDefault("authorization", "");
    Optional<String[]> credentials = basic(auth);
    if (credentials.isEmpty()) {
      return oauthError(401, "invalid_client", "Client authentication failed: HTTP Basic"
          + " authentication with the client id and secret is required");
    }
    String secret = clients.get(credentials.get()[0]);
    if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
        credentials.get()[1].getBytes(StandardCharsets.UTF_8))) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    Map<String, List<String>> form = form(new String(r.body(), StandardCharsets.UTF_8));
    List<String> grant = form.getOrDefault("grant_type", List.of());
    if (grant.isEmpty()) {
      return oauthError(400, "invalid_request", "grant_type is required");
    }
    if (!grant.equals(List.of("client_credentials"))) {
      return oauthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is"
          + " supported");
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("access_token", tokens.issue());
    body.put("token_type", "bearer");
    body.put("expires_in", tokens.lifetime().toSeconds());
    return new Response(200, "application/json", Map.of("Cache-Control", "no-store"),
        body.toString());
  }

  private static Optional<String[]> basic(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      // RFC 6749 section 2.3.1: form-encoded before Basic encoding
      return Optional.of(new String[] {
          URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The parameters of a raw query string, each decoded strictly.
   *
   * @param raw the query string, or null
   * @return the parameters by name, in order
   * @throws IllegalArgumentException if a parameter is not well-formed percent-encoding
   */
  static Map<String, List<String>> query(@Nullable String raw) {
    return raw == null ? Map.of() : form(raw);
  }

  static Map<String, List<String>> form(String text) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return m;
  }

  private interface Action {
    Response run();
  }

  private Response authorised(Request r, Action action) {
    String auth = r.headers().getOrDefault("authorization", "");
    if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return error(400, "BadRequest", "An access token is required: Authorization: Bearer …");
    }
    return switch (tokens.check(auth.substring(7).trim())) {
      case VALID -> action.run();
      case EXPIRED -> error(401, "TokenExpired", "The specified access token has expired");
      case UNKNOWN -> error(400, "BadRequest", "The access token is not valid");
    };
  }

  // ------------------------------------------------------------------ footprints

  private Response list(Request r) {
    Map<String, List<String>> q = r.query();
    FootprintQuery query;
    int limit;
    int offset;
    try {
      for (String name : q.keySet()) {
        if (!FootprintQuery.CRITERIA.contains(name) && !name.equals("limit")
            && !name.equals("offset") && !name.startsWith("x-")) {
          return error(400, "BadRequest", "Unknown filter criterion '" + name + "'; the"
              + " criteria are " + String.join(", ", FootprintQuery.CRITERIA));
        }
      }
      query = FootprintQuery.of(q);
      limit = positive(q, "limit", pageSize);
      offset = q.containsKey("offset") ? nonNegative(q, "offset") : 0;
    } catch (IllegalArgumentException e) {
      return error(400, "BadRequest", e.getMessage());
    }
    List<ProductFootprint> matching = footprints.stream().filter(query::matches).toList();
    int end = Math.min(matching.size(), offset + Math.min(limit, pageSize));
    ArrayNode data = JSON.createArrayNode();
    for (int i = Math.min(offset, matching.size()); i < end; i++) {
      data.add(PactFootprints.toTree(matching.get(i)));
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("data", data);
    Map<String, String> headers = new LinkedHashMap<>();
    if (end < matching.size()) {
      headers.put("Link", "<" + r.baseUrl() + "/3/footprints" + queryWith(q, end, limit)
          + ">; rel=\"next\"");
    }
    return new Response(200, "application/json", headers, body.toString());
  }

  private static String queryWith(Map<String, List<String>> q, int offset, int limit) {
    StringBuilder b = new StringBuilder();
    q.forEach((k, vs) -> {
      if (!k.equals("offset") && !k.equals("limit")) {
        vs.forEach(v -> b.append(b.length() == 0 ? "?" : "&").append(enc(k)).append('=')
            .append(enc(v)));
      }
    });
    return b.append(b.length() == 0 ? "?" : "&").append("limit=").append(limit)
        .append("&offset=").append(offset).toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int positive(Map<String, List<String>> q, String name, int otherwise) {
    List<String> v = q.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.get(0));
      if (n > 0 && v.size() == 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a positive integer, given once, but was '"
        + String.join(",", v) + "'");
  }

  private static int nonNegative(Map<String, List<String>> q, String name) {
    List<String> v = q.get(name);
    try {
      int n = Integer.parseInt(v.get(0));
      if (n >= 0 && v.size() == 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a non-negative integer, but was '"
        + String.join(",", v) + "'");
  }

  private Response get(String id) {
    ProductFootprint pf = byId.get(id);
    if (pf == null) {
      return error(404, "NotFound", "The specified footprint does not exist.");
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("data", PactFootprints.toTree(pf));
    return new Response(200, "application/json", Map.of(), body.toString());
  }

  // ------------------------------------------------------------------ events

  private Response event(Request r) {
    String type = r.headers().getOrDefault("content-type", "");
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/cloudevents+json")
        && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return error(400, "BadRequest", "An event is sent as application/cloudevents+json");
    }
    JsonNode e;
    try {
      e = JSON.readTree(r.body());
    } catch (IOException x) {
      return error(400, "BadRequest", "The event is not JSON");
    }
    List<String> missing = new ArrayList<>();
    for (String f : List.of("type", "specversion", "id", "source")) {
      if (e == null || !e.path(f).isTextual() || e.path(f).asText().isEmpty()) {
        missing.add(f);
      }
    }
    if (e == null || !e.path("data").isObject()) {
      missing.add("data");
    }
    if (!missing.isEmpty()) {
      return error(400, "BadRequest", "The event lacks " + String.join(", ", missing)
          + " (a CloudEvent in structured JSON mode)");
    }
    JsonNode data = e.get("data");
    switch (e.get("type").asText()) {
      case PUBLISHED -> {
        JsonNode ids = data.get("pfIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
          return error(400, "BadRequest", "data.pfIds must be a non-empty array of footprint"
              + " ids");
        }
        for (JsonNode id : ids) {
          if (!id.isTextual() || !UUID_PATTERN.matcher(id.asText()).matches()) {
            return error(400, "BadRequest", "data.pfIds holds '" + id.asText()
                + "', which is not a footprint id (a UUID)");
          }
        }
        eventListener.accept(e);
      }
      case REQUEST_CREATED -> {
        FootprintQuery query;
        try {
          query = FootprintQuery.of(criteria(data));
        } catch (IllegalArgumentException x) {
          return error(400, "BadRequest", x.getMessage());
        }
        eventListener.accept(e);
        answer(e, query, r.baseUrl());
      }
      case REQUEST_FULFILLED, REQUEST_REJECTED -> {
        if (!data.path("requestEventId").isTextual()) {
          return error(400, "BadRequest", "data.requestEventId is required");
        }
        eventListener.accept(e);
      }
      default -> {
        return error(400, "NotImplemented", "Events of type '" + e.get("type").asText()
            + "' are not implemented");
      }
    }
    return new Response(200, "", Map.of(), "");
  }

  private static Map<String, List<String>> criteria(JsonNode data) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String name : FootprintQuery.CRITERIA) {
      JsonNode v = data.get(name);
      if (v == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (v.isArray()) {
        v.forEach(x -> values.add(x.asText()));
      } else {
        values.add(v.asText());
      }
      m.put(name, values);
    }
    return m;
  }

  private void answer(JsonNode request, FootprintQuery query, String baseUrl) {
    List<ProductFootprint> matching = footprints.stream().filter(query::matches).toList();
    ObjectNode answer = JSON.createObjectNode();
    answer.put("specversion", "1.0");
    answer.put("id", UUID.randomUUID().toString());
    answer.put("source", baseUrl + "/3/events");
    answer.put("time", clock.instant().toString());
    ObjectNode data = JSON.createObjectNode();
    data.put("requestEventId", request.get("id").asText());
    if (matching.isEmpty()) {
      answer.put("type", REQUEST_REJECTED);
      data.putObject("error").put("code", "NotFound").put("message",
          "No footprint matches the request");
    } else {
      answer.put("type", REQUEST_FULFILLED);
      ArrayNode pfs = data.putArray("pfs");
      matching.forEach(pf -> pfs.add(PactFootprints.toTree(pf)));
    }
    answer.set("data", data);
    sender.send(request.get("source").asText(), answer);
  }

  // ------------------------------------------------------------------ errors

  static Response error(int status, String code, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", code);
    body.put("message", message);
    return new Response(status, "application/json", Map.of(), body.toString());
  }

  private static Response oauthError(int status, String error, String description) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", error);
    body.put("error_description", description);
    Map<String, String> headers = status == 401
        ? Map.of("WWW-Authenticate", "Basic realm=\"pact\"") : Map.of();
    return new Response(status, "application/json", headers, body.toString());
  }

  /** The instant now, by this API's clock. */
  Instant now() {
    return clock.instant();
  }

  /** The source URI of events sent by this API. */
  static URI eventsUri(String source) {
    return URI.create(source.replaceAll("/+$", "") + "/3/events");
  }
}
