// SPDX-License-Identifier: Apache-2.0
package org.cnms.ledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.testing.LedgerWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract, tamper and crash tests on H2 in file mode. H2 in file mode admits one
 * process at a time, so two writers are two threads of one JVM here (the contract's
 * {@code twoWriterThreadsAppendTenThousandEventsEach}); two writer JVMs are tested on PostgreSQL.
 */
class H2LedgerStoreTest extends JdbcStoreTests {

  @TempDir
  Path dir;
  private int databases;

  @Override
  String newUrl() {
    return "jdbc:h2:file:" + dir.resolve("ledger-" + (databases++)).toAbsolutePath();
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }

  /**
   * A writer JVM killed with SIGKILL in the middle of appending batches of five: the database
   * reopens with whole batches only (a multiple of five entries) and verifies.
   */
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
}
