// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.json.InterchangeException;
import org.cnms.examples.workspace.Workspace;
import org.cnms.pact.FetchResult;
import org.cnms.pact.PactApiException;
import org.cnms.pact.PactClient;
import org.cnms.pact.PactServer;
import org.cnms.quantification.method.PactFootprints;
import org.cnms.quantification.method.ProductFootprint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cnms pact}: product footprints over the PACT v3 API (T/CAS 612 clause 6.3, category 4) —
 * publish a workspace's footprints to customers ({@code serve}), fetch a supplier's into a
 * workspace ({@code fetch}).
 */
@Command(name = "pact", mixinStandardHelpOptions = true,
    description = "Product footprints over the PACT v3 API: serve a workspace's footprints, fetch "
        + "a supplier's into a workspace.",
    subcommands = {PactCommand.Serve.class, PactCommand.Fetch.class,
        CommandLine.HelpCommand.class})
final class PactCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cnms.USAGE;
  }

  /** The footprints directory: {@code --dir}'s footprints/, or the bundled sample's. */
  static Path footprintsDir(@Nullable Path dir) {
    return (dir == null ? Workspace.sampleDirectory() : dir).resolve("footprints");
  }

  /** Every {@code *.json} footprint of a directory, read as strict PACT v3. */
  static List<ProductFootprint> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new Cnms.BadInputException(dir + ": no such directory of footprints");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<ProductFootprint> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(PactFootprints.fromJson(Files.readString(f, StandardCharsets.UTF_8),
            f.toString()));
      } catch (InterchangeException e) {
        for (Problem p : e.problems()) {
          problems.add(p.toString());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new Cnms.BadInputException(String.join(System.lineSeparator(), problems)
          + System.lineSeparator() + problems.size() + " problems in the footprints; not served");
    }
    return out;
  }

  /** {@code id:secret} split, a usage error otherwise. */
  static String[] credentials(CommandSpec spec, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new ParameterException(spec.commandLine(), "--client must be ID:SECRET, but was '"
          + text.replaceAll(":.*", ":…") + "'");
    }
    return new String[] {text.substring(0, colon), text.substring(colon + 1)};
  }

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = {"Publishes the workspace's footprints (footprints/*.json, strict PACT v3) "
          + "on the PACT v3 API until stopped (Ctrl-C).",
          "Serve it behind a TLS-terminating proxy: PACT requires HTTPS."})
  static final class Serve implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "PATH",
        description = "The workspace directory (default: the bundled sample)")
    @Nullable Path dir;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
        description = "The address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
        description = "The port; 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--client", paramLabel = "ID:SECRET", required = true,
        description = "Client credentials of a data recipient (repeatable)")
    List<String> clients = new ArrayList<>();

    @Option(names = "--require-https",
        description = "Refuse requests that did not come over HTTPS (or with "
            + "X-Forwarded-Proto: https from the proxy)")
    boolean requireHttps;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
        description = "The most footprints in one page (default: ${DEFAULT-VALUE})")
    int pageSize = 100;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PactServer server = start();
      PrintWriter out = spec.commandLine().getOut();
      out.println("PACT v3 API of " + footprintsDir(dir) + " at http://" + host + ":"
          + server.port() + " (/auth/token, /3/footprints, /3/events); Ctrl-C stops it");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
      return Cnms.OK;
    }

    /** Reads the footprints and starts the server. */
    PactServer start() throws IOException {
      PactServer.Builder b = PactServer.builder().footprints(read(footprintsDir(dir)))
          .requireHttps(requireHttps).trustForwardedProto(requireHttps);
      if (pageSize < 1) {
        throw new ParameterException(spec.commandLine(), "--page-size must be positive");
      }
      b.pageSize(pageSize);
      for (String c : clients) {
        String[] idSecret = credentials(spec, c);
        b.client(idSecret[0], idSecret[1]);
      }
      return b.build().start(host, port);
    }
  }

  @Command(name = "fetch", mixinStandardHelpOptions = true,
      description = {"Fetches a supplier's footprints from its PACT v3 API, verifies each "
          + "(strict PACT v3) and writes each valid one as footprints/<id>.json of the "
          + "workspace, with a line in " + PactClient.FETCH_LOG + " of the workspace"
          + " (endpoint, time, ids, SHA-256 of each file).",
          "Exit 3 if any footprint was refused (the others are written)."})
  static final class Fetch implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "PATH", required = true,
        description = "The workspace directory to write footprints/ of")
    Path dir = Path.of(".");

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
        description = "The supplier's PACT API base URL (the /3/footprints paths are under it)")
    URI endpoint = URI.create("http://127.0.0.1");

    @Option(names = "--client-id", paramLabel = "ID", required = true,
        description = "The client id the supplier gave")
    String clientId = "";

    @Option(names = "--client-secret-env", paramLabel = "NAME", defaultValue = "PACT_CLIENT_SECRET",
        description = "The environment variable holding the client secret "
            + "(default: ${DEFAULT-VALUE})")
    String secretEnv = "PACT_CLIENT_SECRET";

    @Option(names = "--filter", paramLabel = "CRITERION=VALUE",
        description = "A PACT filter criterion, e.g. productId=urn:… or status=Active "
            + "(repeatable)")
    List<String> filters = new ArrayList<>();

    /** The secret, from the environment unless a test sets it. */
    @Nullable String secret;

    @Override
    public Integer call() throws IOException {
      String s = secret != null ? secret : System.getenv(secretEnv);
      if (s == null || s.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "The client secret is read from the"
            + " environment variable " + secretEnv + ", which is not set");
      }
      Map<String, List<String>> criteria = new LinkedHashMap<>();
      for (String f : filters) {
        int eq = f.indexOf('=');
        if (eq <= 0) {
          throw new ParameterException(spec.commandLine(), "--filter must be CRITERION=VALUE,"
              + " but was '" + f + "'");
        }
        criteria.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>())
            .add(f.substring(eq + 1));
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      FetchResult r;
      try {
        r = PactClient.of(endpoint, clientId, s).fetchInto(dir.resolve("footprints"),
            dir.resolve(PactClient.FETCH_LOG), criteria);
      } catch (PactApiException e) {
        err.println("cnms: " + e.getMessage());
        return Cnms.BAD_INPUT;
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      for (FetchResult.Fetched f : r.written()) {
        out.println(f.file() + "  sha256:" + f.sha256());
      }
      r.refused().forEach((id, problems) -> problems.forEach(p -> err.println(id + ": " + p)));
      out.println("Fetched " + r.written().size() + " footprints from " + r.endpoint()
          + (r.refused().isEmpty() ? "" : "; refused " + r.refused().size()));
      return r.refused().isEmpty() ? Cnms.OK : Cnms.BAD_INPUT;
    }
  }
}
