// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cnms.pact.internal.JsonErrorHandler;
import org.cnms.quantification.method.ProductFootprint;
import org.jspecify.annotations.Nullable;

/**
 * A data owner's PACT v3 API server (Technical Specifications for PCF Data Exchange 3.0): publishes
 * the organisation's product footprints to the data recipients it has given client credentials,
 * with the actions and error responses {@link PactApi} describes, on Javalin 7 (Jetty 12).
 *
 * <p>Run it behind a TLS-terminating proxy or load balancer in production: the specification
 * requires HTTPS, and with {@link Builder#requireHttps(boolean)} the server refuses a request that
 * neither came over TLS nor carries {@code X-Forwarded-Proto: https}. Answers to footprint
 * request events are sent only to the sources given with {@link Builder#allowCallback}, never to
 * an arbitrary {@code source} of an incoming event.
 *
 * <pre>{@code
 * try (PactServer server = PactServer.builder().footprints(list)
 *     .client("buyer-1", "s3cret").build().start("127.0.0.1", 0)) {
 *   URI api = server.baseUri();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PactServer implements AutoCloseable {

  private final PactApi api;
  private final Javalin app;
  private final ExecutorService callbacks;
  private final boolean trustForwardedProto;

  private PactServer(Builder b) {
    this.callbacks = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pact-callbacks");
      t.setDaemon(true);
      return t;
    });
    Sender sender = new Sender(b.callbacks, callbacks);
    this.api = new PactApi(b.footprints, b.clients, b.tokenLifetime, b.maxBodyBytes,
        b.pageSize, b.requireHttps, b.eventListener, sender, b.clock);
    this.trustForwardedProto = b.trustForwardedProto;
    Handler dispatch = this::dispatch;
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = Math.max(1_000_000L, b.maxBodyBytes + 1L);
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.routes.post("/auth/token", dispatch);
      config.routes.get("/3/footprints", dispatch);
      config.routes.get("/3/footprints/{id}", dispatch);
      config.routes.post("/3/events", dispatch);
      config.routes.error(404, ctx -> {
        if (ctx.attribute("pact") == null) {
          dispatch(ctx);
        }
      });
      config.routes.error(405, dispatch);
      config.routes.exception(Exception.class, (e, ctx) -> write(ctx, PactApi.error(500,
          "InternalError", "An internal or unexpected error has occurred")));
    });
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server.
   *
   * @param host the address to listen on, e.g. {@code 127.0.0.1}, not null
   * @param port the port, 0 for any free one
   * @return this server, running
   */
  public PactServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The base URL of the API on loopback, {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** Stops the server and its callback sender. */
  @Override
  public void close() {
    app.stop();
    callbacks.shutdown();
    try {
      callbacks.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dispatch(Context ctx) throws IOException {
    ctx.attribute("pact", Boolean.TRUE);
    Map<String, String> headers = new LinkedHashMap<>();
    ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    String forwarded = headers.getOrDefault("x-forwarded-proto", "");
    boolean secure = "https".equalsIgnoreCase(ctx.scheme())
        || (trustForwardedProto && "https".equalsIgnoreCase(forwarded));
    String host = headers.getOrDefault("host", "127.0.0.1:" + port());
    String base = (secure ? "https" : "http") + "://" + host;
    Map<String, List<String>> query;
    try {
      query = PactApi.query(ctx.queryString());
    } catch (IllegalArgumentException e) {
      write(ctx, PactApi.error(400, "BadRequest", "The query is not well-formed: "
          + e.getMessage()));
      return;
    }
    PactApi.Request request = new PactApi.Request(ctx.method().name(), ctx.path(), query,
        headers, body(ctx, headers), secure, base);
    write(ctx, api.handle(request));
  }

  private byte @Nullable [] body(Context ctx, Map<String, String> headers) throws IOException {
    int max = api.maxBodyBytes();
    String length = headers.get("content-length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > max) {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] b = in.readNBytes(max + 1);
      return b.length > max ? null : b;
    }
  }

  private static void write(Context ctx, PactApi.Response r) {
    ctx.status(r.status());
    r.headers().forEach(ctx::header);
    if (r.contentType().isEmpty()) {
      ctx.result(new byte[0]);
    } else {
      ctx.contentType(r.contentType());
      ctx.result(r.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Sends answers to footprint requests to the sources allowed, authenticating at the source's
   * {@code /auth/token} with the credentials given for it.
   */
  private static final class Sender implements PactApi.EventSender {
    private final Map<String, String[]> allowed;
    private final ExecutorService executor;
    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10)).build();

    Sender(Map<String, String[]> allowed, ExecutorService executor) {
      this.allowed = allowed;
      this.executor = executor;
    }

    @Override
    public void send(String source, ObjectNode event) {
      String key = source.replaceAll("/+$", "");
      String[] credentials = allowed.get(key);
      if (credentials == null) {
        return;
      }
      executor.execute(() -> post(key, credentials, event));
    }

    private void post(String source, String[] credentials, ObjectNode event) {
      try {
        String token = PactClient.of(URI.create(source), credentials[0], credentials[1])
            .authenticate();
        HttpRequest req = HttpRequest.newBuilder(PactApi.eventsUri(source))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(event.toString())).build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
      } catch (IOException | RuntimeException e) {
        // the requester is unreachable; PACT lets the data owner retry, this server does not
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Builds a {@link PactServer}. */
  public static final class Builder {
    private final List<ProductFootprint> footprints = new ArrayList<>();
    private final Map<String, String> clients = new LinkedHashMap<>();
    private final Map<String, String[]> callbacks = new LinkedHashMap<>();
    private Duration tokenLifetime = Duration.ofHours(1);
    private int maxBodyBytes = 1024 * 1024;
    private int pageSize = 100;
    private boolean requireHttps;
    private boolean trustForwardedProto;
    private Consumer<JsonNode> eventListener = e -> { };
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds footprints to publish; each must be writable as PACT v3 and ids must be distinct.
     *
     * @param list the footprints, not null
     * @return this builder
     */
    public Builder footprints(List<ProductFootprint> list) {
      footprints.addAll(list);
      return this;
    }

    /**
     * Gives a data recipient client credentials.
     *
     * @param id the client id, not null
     * @param secret the client secret, not null
     * @return this builder
     */
    public Builder client(String id, String secret) {
      if (id.isEmpty() || secret.isEmpty()) {
        throw new IllegalArgumentException("A client id and secret must not be empty");
      }
      clients.put(id, secret);
      return this;
    }

    /**
     * Allows answers to footprint requests whose {@code source} is {@code source}, sent to
     * {@code source/3/events} with a token from {@code source/auth/token}.
     *
     * @param source the requester's base URL, not null
     * @param clientId the client id the requester gave us, not null
     * @param clientSecret its secret, not null
     * @return this builder
     */
    public Builder allowCallback(URI source, String clientId, String clientSecret) {
      callbacks.put(source.toString().replaceAll("/+$", ""),
          new String[] {clientId, clientSecret});
      return this;
    }

    /** How long an access token is valid; one hour unless set. */
    public Builder tokenLifetime(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("A token lifetime must be positive, but was " + d);
      }
      tokenLifetime = d;
      return this;
    }

    /** The largest request body accepted, bytes; 1 MiB unless set. */
    public Builder maxBodyBytes(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, but was " + n);
      }
      maxBodyBytes = n;
      return this;
    }

    /** The most footprints in one page of a list; 100 unless set. */
    public Builder pageSize(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("pageSize must be positive, but was " + n);
      }
      pageSize = n;
      return this;
    }

    /** Whether requests that did not come over HTTPS are refused; false unless set. */
    public Builder requireHttps(boolean b) {
      requireHttps = b;
      return this;
    }

    /** Whether {@code X-Forwarded-Proto: https} from a TLS-terminating proxy is believed. */
    public Builder trustForwardedProto(boolean b) {
      trustForwardedProto = b;
      return this;
    }

    /** Receives every event accepted at {@code /3/events}. */
    public Builder eventListener(Consumer<JsonNode> listener) {
      eventListener = listener;
      return this;
    }

    /** The clock of token expiry and event times; the system's UTC clock unless set. */
    public Builder clock(Clock c) {
      clock = c;
      return this;
    }

    /**
     * The server, not yet started.
     *
     * @throws IllegalArgumentException if two footprints share an id, or one cannot be written
     *     as PACT v3
     */
    public PactServer build() {
      return new PactServer(this);
    }
  }
}
