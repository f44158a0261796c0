// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.assets;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cnms.assets.ledger.ChainVerifier;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerEvent;
import org.cnms.assets.ledger.LedgerJsonLines;
import org.cnms.assets.ledger.LedgerVerification;
import org.cnms.ledger.jdbc.JdbcLedgerStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The carbon-asset ledger in a database, at 1,000,000 events, on H2 (file mode) and on
 * PostgreSQL (embedded, started by the benchmark on the loopback interface):
 *
 * <ul>
 *   <li>{@code appendThroughStore}: appending every event through {@link Ledger#appendAll} in
 *       batches of 1,000 (rule checks, serial index, RFC 8785 hashing, one transaction per
 *       batch), against {@code appendPlainJdbc}: the same rows, computed beforehand, inserted
 *       with plain JDBC batches of 1,000 per transaction. The ratio is the store's overhead.</li>
 *   <li>{@code verifyStored}: reading the stored entries and recomputing the hash chain.</li>
 *   <li>{@code reopenStored}: {@link Ledger#open}: reading, verifying and replaying every event,
 *       which rebuilds the serial index.</li>
 * </ul>
 *
 * <p>One single shot each, no warm-up (run with {@code -f 1}); the events are those of
 * {@link LedgerBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
public class LedgerStoreBenchmark {

  static final int BATCH = 1000;
  static final String INSERT = "INSERT INTO cnms_ledger_entry"
      + " (seq, chain, previous_hash, hash, event_id, event_type, entry)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  /** The database: H2 in a temporary directory, or an embedded PostgreSQL. */
  @State(Scope.Benchmark)
  public static class Db {
    @Param({"h2", "postgres"})
    public String db;

    @Param({"1000000"})
    public int events;

    EmbeddedPostgres pg;
    Path dir;
    int databases;
    List<LedgerEvent> eventList;
    List<LedgerEntry> entries;
    List<String> lines;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("cnms-ledger-bench");
      if (db.equals("postgres")) {
        pg = EmbeddedPostgres.builder().start();
      }
      eventList = LedgerBenchmark.events(events);
      // the rows of the plain-JDBC baseline, computed outside the measurement
      Ledger l = Ledger.create();
      for (int i = 0; i < eventList.size(); i += BATCH) {
        l.appendAll(eventList.subList(i, Math.min(eventList.size(), i + BATCH)));
      }
      entries = new ArrayList<>(l.entries());
      lines = new ArrayList<>(entries.size());
      for (LedgerEntry e : entries) {
        lines.add(LedgerJsonLines.toLine(e));
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      if (pg != null) {
        pg.close();
      }
    }

    /** A fresh database with the ledger schema (created by the store, as in use). */
    String freshDatabase() throws SQLException {
      String url;
      if (pg != null) {
        String name = "bench_" + (databases++);
        try (Connection c = pg.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + name);
        }
        url = "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres";
      } else {
        url = "jdbc:h2:file:" + dir.resolve("bench-" + (databases++)).toAbsolutePath();
      }
      JdbcLedgerStore.open(url, null, null).close();
      return url;
    }

    /** Inserts the precomputed rows with plain JDBC batches. */
    void insertPlain(String url) throws SQLException {
      try (Connection c = DriverManager.getConnection(url)) {
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
          for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            p.setLong(1, e.index());
            p.setInt(2, e.chain());
            p.setString(3, e.previousHash());
            p.setString(4, e.hash());
            p.setString(5, e.event().id());
            p.setString(6, e.event().type());
            p.setString(7, lines.get(i));
            p.addBatch();
            if ((i + 1) % BATCH == 0 || i == entries.size() - 1) {
              p.executeBatch();
              c.commit();
            }
          }
        }
      }
    }
  }

  /** A fresh, empty database for each appending shot. */
  @State(Scope.Benchmark)
  public static class Empty {
    String url;

    @Setup(Level.Iteration)
    public void setUp(Db db) throws SQLException {
      url = db.freshDatabase();
    }
  }

  /** A database holding the 1,000,000 entries, for verifying and reopening. */
  @State(Scope.Benchmark)
  public static class Filled {
    String url;

    @Setup(Level.Trial)
    public void setUp(Db db) throws SQLException {
      url = db.freshDatabase();
      db.insertPlain(url);
    }
  }

  @Benchmark
  public long appendThroughStore(Db db, Empty empty) {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(empty.url, null, null)) {
      Ledger l = Ledger.open(store);
      List<LedgerEvent> ev = db.eventList;
      for (int i = 0; i < ev.size(); i += BATCH) {
        l.appendAll(ev.subList(i, Math.min(ev.size(), i + BATCH)));
      }
      return l.size();
    }
  }

  @Benchmark
  public int appendPlainJdbc(Db db, Empty empty) throws SQLException {
    db.insertPlain(empty.url);
    return db.entries.size();
  }

  @Benchmark
  public LedgerVerification verifyStored(Filled filled) {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(filled.url, null, null)) {
      ChainVerifier v = new ChainVerifier();
      for (List<LedgerEntry> page = store.read(0, 4096); !page.isEmpty();
          page = store.read(v.checked(), 4096)) {
        for (LedgerEntry e : page) {
          Optional<LedgerVerification> bad = v.accept(e);
          if (bad.isPresent()) {
            throw new IllegalStateException(bad.get().problem().orElse("altered"));
          }
        }
      }
      return v.intact();
    }
  }

  @Benchmark
  public long reopenStored(Filled filled) {
    try (JdbcLedgerStore store = JdbcLedgerStore.open(filled.url, null, null)) {
      return Ledger.open(store).size();
    }
  }
}
