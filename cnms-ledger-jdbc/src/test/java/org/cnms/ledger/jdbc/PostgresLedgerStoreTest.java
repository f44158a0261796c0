// SPDX-License-Identifier: Apache-2.0
package org.cnms.ledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.testing.LedgerWorkload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract, tamper, crash and two-JVM tests on PostgreSQL, started by the test itself
 * on the loopback interface from the binaries of a Maven artifact (no database installed on the
 * machine). Each test gets a fresh database.
 */
class PostgresLedgerStoreTest extends JdbcStoreTests {

  static EmbeddedPostgres pg;
  private static int databases;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  String newUrl() throws Exception {
    String name = "ledger_" + (databases++);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name;
  }

  @Override
  String user() {
    return "postgres";
  }

  @Override
  String password() {
    return "";
  }

  /** A writer JVM killed with SIGKILL mid-append: whole batches only, and it verifies. */
  @Test
  void aWriterKilledWhileAppendingLeavesWholeBatches() throws Exception {
    String url = newUrl();
    AtomicLong printed = new AtomicLong();
    Process p = LedgerWorkload.startJvm(printed, WriterJvm.class, url, user(), password(),
        "crasher", "-1", "5");
    LedgerWorkload.awaitPrinted(printed, 300, p);
    assertTrue(p.isAlive(), "the writer JVM stopped before it was killed");
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    try (LedgerStore s = JdbcLedgerStore.open(url, user(), password())) {
      Ledger l = Ledger.open(s);
      assertTrue(l.size() >= 300, "size " + l.size());
      assertEquals(0, l.size() % 5, "size " + l.size());
      assertTrue(l.verify().intact());
      new LedgerWorkload(l, "after", 3).run(10, 5);
      assertEquals(l.size(), s.head().size());
    }
  }

  /** Two writer JVMs append 10,000 events each to one database. */
  @Test
  void twoWriterJvmsAppendTenThousandEventsEach() throws Exception {
    String url = newUrl();
    Process a = LedgerWorkload.startJvm(new AtomicLong(), WriterJvm.class, url, user(),
        password(), "j1", "10000", "100");
    Process b = LedgerWorkload.startJvm(new AtomicLong(), WriterJvm.class, url, user(),
        password(), "j2", "10000", "100");
    assertTrue(a.waitFor(4, TimeUnit.MINUTES));
    assertTrue(b.waitFor(4, TimeUnit.MINUTES));
    assertEquals(0, a.exitValue());
    assertEquals(0, b.exitValue());
    try (LedgerStore s = JdbcLedgerStore.open(url, user(), password())) {
      assertTwoWritersOutcome(Ledger.open(s), 10_000, "j1", "j2");
    }
  }
}
