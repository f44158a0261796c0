// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cnms.examples.testing.SampleCopy;
import org.cnms.examples.workspace.Workspace;
import org.cnms.pact.PactClient;
import org.cnms.pact.PactServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cnms pact serve} publishes the sample's footprints; {@code cnms pact fetch} fetches them
 * into a copy of the sample whose footprints were removed; the workspace built from the fetched
 * files has the same inventories as the sample.
 */
class PactCommandTest {

  @Test
  void footprintsFetchedFromTheServerGiveTheSameInventories(@TempDir Path tmp) throws Exception {
    PactCommand.Serve serve = new PactCommand.Serve();
    serve.port = 0;
    serve.clients = List.of("buyer:buyer-secret");
    try (PactServer server = serve.start()) {
      Path copy = SampleCopy.copyTo(tmp.resolve("ws"));
      try (Stream<Path> s = Files.list(copy.resolve("footprints"))) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
      CommandLine cmd = Cnms.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cmd.setOut(new PrintWriter(out));
      cmd.setErr(new PrintWriter(err));
      PactCommand.Fetch fetch = cmd.getSubcommands().get("pact").getSubcommands().get("fetch")
          .getCommand();
      fetch.secret = "buyer-secret";
      int code = cmd.execute("pact", "fetch", "--dir", copy.toString(), "--endpoint",
          server.baseUri().toString(), "--client-id", "buyer");
      assertEquals(Cnms.OK, code, err.toString());
      assertTrue(out.toString().contains("Fetched 10 footprints from " + server.baseUri()
          + "/3/footprints"), out.toString());
      try (Stream<Path> s = Files.list(copy.resolve("footprints"))) {
        assertEquals(10, s.filter(p -> p.toString().endsWith(".json")).count());
      }
      assertEquals(1, Files.readAllLines(copy.resolve(PactClient.FETCH_LOG)).size());
      Workspace fetched = Workspace.load(copy);
      Workspace sample = Workspace.sample();
      assertEquals(sample.inventories().size(), fetched.inventories().size());
      assertTrue(!sample.inventories().isEmpty());
      assertEquals(sample.inventories(), fetched.inventories());
    }
  }

  @Test
  void aRefusedFetchIsExitCode3() throws Exception {
    PactCommand.Serve serve = new PactCommand.Serve();
    serve.port = 0;
    serve.clients = List.of("buyer:buyer-secret");
    try (PactServer server = serve.start()) {
      StringWriter err = new StringWriter();
      CommandLine cmd = Cnms.commandLine();
      cmd.setOut(new PrintWriter(new StringWriter()));
      cmd.setErr(new PrintWriter(err));
      PactCommand.Fetch fetch = cmd.getSubcommands().get("pact").getSubcommands().get("fetch")
          .getCommand();
      fetch.secret = "wrong";
      int code = cmd.execute("pact", "fetch", "--dir", "target/none", "--endpoint",
          server.baseUri().toString(), "--client-id", "buyer");
      assertEquals(Cnms.BAD_INPUT, code);
      assertTrue(err.toString().contains("answered HTTP 401 invalid_client"), err.toString());
    }
  }
}
