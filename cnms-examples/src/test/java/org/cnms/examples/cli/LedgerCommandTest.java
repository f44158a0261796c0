// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cnms.examples.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's ledger in a database: imported with {@code cnms ledger import} into H2 (file
 * mode) and into PostgreSQL (started by the test), then read by the report commands with
 * {@code --ledger} or the workspace's {@code ledger:}, with the same results as from the file.
 */
class LedgerCommandTest {


  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run cnms(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cnms.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String sampleHead() throws Exception {
    List<String> lines = Files.readAllLines(Workspace.sampleDirectory().resolve("ledger.jsonl"),
        StandardCharsets.UTF_8);
    String last = lines.get(lines.size() - 1);
    return last.replaceAll(".*\"hash\":\"([0-9a-f]{64})\".*", "$1");
  }

  /** Imports the sample ledger into {@code url}, then checks balance and report read it back. */
  void importAndReport(String url) throws Exception {
    Run imported = cnms("ledger", "import", "--to", url);
    assertEquals(0, imported.code(), imported.err());
    assertEquals("Imported 5 entries from " + Workspace.sampleDirectory().resolve("ledger.jsonl")
        + " into " + url + "; verified: chain intact, every event replayed, head "
        + sampleHead() + "\n", imported.out());

    Run fromFile = cnms("balance", "-q", "--format", "json");
    Run fromDb = cnms("balance", "-q", "--format", "json", "--ledger", url);
    assertEquals(fromFile.code(), fromDb.code(), fromDb.err());
    assertEquals(fromFile.out(), fromDb.out());
    assertTrue(fromDb.out().contains("CLAIM-2025-C1C2"), fromDb.out());

    Run verify = cnms("ledger", "verify", "--ledger", url);
    assertEquals(0, verify.code(), verify.err());
    assertEquals(url + ": 5 entries, chain intact, every event keeps the ledger rules; head "
        + sampleHead() + "\n", verify.out());

    Run again = cnms("ledger", "import", "--to", url);
    assertEquals(Cnms.BAD_INPUT, again.code());
    assertTrue(again.err().contains("already holds 5 entries"), again.err());
  }

  @Test
  void theSampleRunsWithItsLedgerImportedIntoH2() throws Exception {
    importAndReport("jdbc:h2:file:" + tmp.resolve("cnms-ledger").toAbsolutePath());
  }

  @Test
  void theSampleRunsWithItsLedgerImportedIntoPostgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      // trust authentication on the loopback interface: a user, no password
      importAndReport("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres");
    }
  }

  /** workspace.yaml names the database; the workspace has no ledger.jsonl of its own. */
  @Test
  void theWorkspaceNamesItsLedgerDatabase() throws Exception {
    String url = "jdbc:h2:file:" + tmp.resolve("ws-ledger").toAbsolutePath();
    assertEquals(0, cnms("ledger", "import", "--to", url).code());
    Path ws = tmp.resolve("workspace");
    Path sample = Workspace.sampleDirectory();
    try (Stream<Path> all = Files.walk(sample)) {
      for (Path p : all.toList()) {
        Path to = ws.resolve(sample.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("ledger.jsonl")) {
          Files.copy(p, to);
        }
      }
    }
    Files.writeString(ws.resolve("workspace.yaml"), "ledger: " + url + "\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Run fromFile = cnms("balance", "-q", "--format", "json");
    Run fromDb = cnms("balance", "-q", "--format", "json", "--dir", ws.toString());
    assertEquals(fromFile.code(), fromDb.code(), fromDb.err());
    assertEquals(fromFile.out(), fromDb.out());
  }

  @Test
  void aPasswordInTheLedgerUrlIsRefused() throws Exception {
    Run r = cnms("balance", "-q", "--ledger", "jdbc:postgresql://db/cnms?user=a&password=secret");
    assertEquals(Cnms.USAGE, r.code());
    assertTrue(r.err().contains("holds a password; database credentials come from the"
        + " environment (CNMS_LEDGER_USER, CNMS_LEDGER_PASSWORD)"), r.err());
    assertTrue(!r.err().contains("secret"), r.err());
  }

  @Test
  void anAlteredLedgerFileIsRefusedOnImport() throws Exception {
    Path file = tmp.resolve("altered.jsonl");
    String text = Files.readString(Workspace.sampleDirectory().resolve("ledger.jsonl"));
    Files.writeString(file, text.replace("\"start\":20001", "\"start\":20000"));
    Run r = cnms("ledger", "import", "--from", file.toString(), "--to",
        "jdbc:h2:file:" + tmp.resolve("altered-db").toAbsolutePath());
    assertEquals(Cnms.BAD_INPUT, r.code());
    assertTrue(r.err().contains("Entry 2 (event EV-2025-002) was altered: its content does not"
        + " match its hash"), r.err());
  }
}
