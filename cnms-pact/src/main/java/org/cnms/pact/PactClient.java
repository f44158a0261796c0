// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnms.core.Problem;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.jspecify.annotations.Nullable;

/**
 * A data recipient's client of a supplier's PACT v3 API (Technical Specifications for PCF Data
 * Exchange 3.0): authenticates with OAuth2 client credentials ({@code POST /auth/token}), lists
 * the footprints ({@code GET /3/footprints}, following the {@code Link: rel="next"} pagination
 * links) or gets one ({@code GET /3/footprints/{id}}), verifies each strictly against the v3 data
 * model ({@link PactFootprints#fromTree}), and {@linkplain #fetchInto writes} them as files into a
 * directory, typically a workspace's {@code footprints/}, with a fetch log beside it.
 *
 * <p>Uses the JDK's {@link HttpClient}; every request has a timeout. A response body is read up
 * to {@value #MAX_BODY} bytes. Thread-safe.
 */
public final class PactClient {

  /** The largest response body read, bytes. */
  public static final int MAX_BODY = 64 * 1024 * 1024;

  /**
   * The usual name of the fetch log, one JSON object per line, kept beside (not in) the
   * footprints directory: a workspace's {@code footprints/} holds only footprints.
   */
  public static final String FETCH_LOG = "pact-fetch-log.jsonl";

  private static final ObjectMapper JSON = CnmsJson.newJsonMapper();
  private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;[^,]*rel=\"?next\"?");

  private final URI base;
  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private @Nullable String token;

  private PactClient(URI base, URI tokenUri, String clientId, String clientSecret,
      Duration timeout, Clock clock) {
    this.base = base;
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * A client of the PACT API at {@code base} (the URL the {@code /3/footprints} paths are under),
   * authenticating at {@code base/auth/token}.
   *
   * @param base the API's base URL, e.g. {@code https://pact.supplier.example}, not null
   * @param clientId the OAuth2 client id the supplier gave, not null
   * @param clientSecret its secret, not null
   * @return the client
   * @throws IllegalArgumentException if the base URL is not absolute http(s)
   */
  public static PactClient of(URI base, String clientId, String clientSecret) {
    URI b = trimmed(base);
    return new PactClient(b, URI.create(b + "/auth/token"), clientId, clientSecret,
        Duration.ofSeconds(30), Clock.systemUTC());
  }

  /**
   * This client authenticating at another token endpoint (e.g. an OpenID Connect provider's).
   *
   * @param uri the token endpoint, not null
   * @return a new client
   */
  public PactClient withTokenEndpoint(URI uri) {
    return new PactClient(base, uri, clientId, clientSecret, timeout, clock);
  }

  /**
   * This client with a clock for the fetch log's times.
   *
   * @param c the clock, not null
   * @return a new client
   */
  public PactClient withClock(Clock c) {
    return new PactClient(base, tokenUri, clientId, clientSecret, timeout, c);
  }

  private static URI trimmed(URI base) {
    String s = base.toString().replaceAll("/+$", "");
    URI u = URI.create(s);
    if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
      throw new IllegalArgumentException("The PACT API base URL must be an absolute http(s) URL,"
          + " but was '" + base + "'");
    }
    return u;
  }

  /** The API's base URL. */
  public URI base() {
    return base;
  }

  /**
   * Obtains an access token by OAuth2 client credentials (RFC 6749 section 4.4).
   *
   * @return the token
   * @throws PactApiException if the endpoint refuses the credentials or does not answer
   */
  public synchronized String authenticate() {
    String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId,
        StandardCharsets.UTF_8) + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(tokenUri).timeout(timeout)
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
    JsonNode body = send(req, 200);
    JsonNode t = body.get("access_token");
    if (t == null || !t.isTextual() || t.asText().isEmpty()) {
      throw new PactApiException(tokenUri, 200, "", "The token endpoint " + tokenUri
          + " answered without an access_token");
    }
    token = t.asText();
    return token;
  }

  private synchronized String token() {
    return token == null ? authenticate() : token;
  }

  /**
   * The footprints the supplier lists ({@code GET /3/footprints}), every page, each as the JSON
   * tree received.
   *
   * @param criteria filter criteria by name ({@code productId}, {@code status} …), each with
   *     one or more values; empty for all
   * @return the footprints
   * @throws PactApiException if a call fails
   */
  public List<JsonNode> list(Map<String, List<String>> criteria) {
    StringBuilder q = new StringBuilder();
    criteria.forEach((k, vs) -> vs.forEach(v -> q.append(q.length() == 0 ? "?" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
    URI next = URI.create(base + "/3/footprints" + q);
    List<JsonNode> out = new ArrayList<>();
    int pages = 0;
    while (next != null) {
      if (++pages > 10_000) {
        throw new PactApiException(next, 0, "", "More than 10000 pages from " + base
            + "; the pagination links seem to loop");
      }
      HttpResponse<byte[]> r = get(next);
      JsonNode body = body(next, r, 200, 202);
      JsonNode data = body.get("data");
      if (data == null || !data.isArray()) {
        throw new PactApiException(next, r.statusCode(), "", "The list response of " + next
            + " has no data array");
      }
      data.forEach(out::add);
      next = nextLink(r).orElse(null);
    }
    return out;
  }

  /**
   * One footprint ({@code GET /3/footprints/{id}}), as the JSON tree received.
   *
   * @param id the footprint's id, not null
   * @return the footprint's tree
   * @throws PactApiException if the call fails, e.g. with code {@code NotFound}
   */
  public JsonNode get(String id) {
    URI u = URI.create(base + "/3/footprints/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    JsonNode data = body(u, get(u), 200).get("data");
    if (data == null || !data.isObject()) {
      throw new PactApiException(u, 200, "", "The response of " + u + " has no data object");
    }
    return data;
  }

  private HttpResponse<byte[]> get(URI u) {
    HttpRequest req = HttpRequest.newBuilder(u).timeout(timeout)
        .header("Authorization", "Bearer " + token()).header("Accept", "application/json")
        .GET().build();
    return exchange(req);
  }

  static Optional<URI> nextLink(HttpResponse<?> r) {
    for (String link : r.headers().allValues("link")) {
      Matcher m = NEXT.matcher(link);
      if (m.find()) {
        return Optional.of(URI.create(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private JsonNode send(HttpRequest req, int... ok) {
    return body(req.uri(), exchange(req), ok);
  }

  private HttpResponse<byte[]> exchange(HttpRequest req) {
    try {
      HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (r.body() != null && r.body().length > MAX_BODY) {
        throw new PactApiException(req.uri(), r.statusCode(), "", "The response of "
            + req.uri() + " is larger than " + MAX_BODY + " bytes");
      }
      return r;
    } catch (IOException e) {
      throw new PactApiException(req.uri(), 0, "", "No answer from " + req.uri() + ": "
          + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PactApiException(req.uri(), 0, "", "Interrupted calling " + req.uri());
    }
  }

  private static JsonNode body(URI u, HttpResponse<byte[]> r, int... ok) {
    JsonNode body;
    try {
      body = r.body() == null || r.body().length == 0 ? JSON.createObjectNode()
          : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new PactApiException(u, r.statusCode(), "", "The response of " + u
          + " (HTTP " + r.statusCode() + ") is not JSON");
    }
    for (int s : ok) {
      if (r.statusCode() == s) {
        return body;
      }
    }
    String code = body.path("code").asText(body.path("error").asText(""));
    String message = body.path("message").asText(body.path("error_description").asText(""));
    throw new PactApiException(u, r.statusCode(), code, u + " answered HTTP " + r.statusCode()
        + (code.isEmpty() ? "" : " " + code) + (message.isEmpty() ? "" : ": " + message));
  }

  // ------------------------------------------------------------------ fetch into a directory

  /**
   * Fetches every footprint the supplier lists (optionally filtered), verifies each as a strict
   * PACT v3 footprint, writes each valid one as {@code <id>.json} into {@code dir} (the JSON
   * tree received, pretty-printed; an existing file of the same id is replaced, since a PACT id
   * names one immutable footprint) and appends one line to the fetch log {@code log}: the
   * endpoint, the time, and the id, file and SHA-256 of each footprint written, and the problems
   * of each refused.
   *
   * @param dir the directory, created if missing, not null
   * @param log the fetch log, created if missing, e.g. {@code <workspace>/}{@value #FETCH_LOG},
   *     not null
   * @param criteria filter criteria, empty for all
   * @return what was fetched
   * @throws PactApiException if a call fails (nothing is written then)
   * @throws IOException if a file cannot be written
   */
  public FetchResult fetchInto(Path dir, Path log, Map<String, List<String>> criteria)
      throws IOException {
    Instant time = clock.instant();
    List<JsonNode> trees = list(criteria);
    Files.createDirectories(dir);
    List<FetchResult.Fetched> written = new ArrayList<>();
    Map<String, List<Problem>> refused = new LinkedHashMap<>();
    for (int i = 0; i < trees.size(); i++) {
      JsonNode tree = trees.get(i);
      String where = base + "/3/footprints data[" + i + "]";
      ProductFootprint pf;
      try {
        pf = PactFootprints.fromTree(tree, where);
      } catch (InterchangeException e) {
        refused.put(tree.path("id").asText("data[" + i + "]"), e.problems());
        continue;
      }
      byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n")
          .getBytes(StandardCharsets.UTF_8);
      String file = pf.id() + ".json";
      Path tmp = Files.createTempFile(dir, ".pact-", ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      written.add(new FetchResult.Fetched(pf.id(), file, sha256(bytes), pf));
    }
    FetchResult result = new FetchResult(URI.create(base + "/3/footprints"), time, written,
        refused);
    Files.writeString(log, JSON.writeValueAsString(logLine(result)) + "\n",
        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return result;
  }

  private static ObjectNode logLine(FetchResult r) {
    ObjectNode line = JSON.createObjectNode();
    line.put("endpoint", r.endpoint().toString());
    line.put("time", r.time().toString());
    ArrayNode fps = line.putArray("footprints");
    for (FetchResult.Fetched f : r.written()) {
      fps.addObject().put("id", f.id()).put("file", f.file()).put("sha256", f.sha256());
    }
    ArrayNode ref = line.putArray("refused");
    r.refused().forEach((id, problems) -> {
      ObjectNode o = ref.addObject().put("id", id);
      ArrayNode ps = o.putArray("problems");
      problems.forEach(p -> ps.add(p.field().orElse("$") + ": " + p.message()));
    });
    return line;
  }

  /** The SHA-256 of bytes, lower-case hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
