// SPDX-License-Identifier: Apache-2.0
package org.cnms.ledger.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerHead;
import org.cnms.assets.ledger.LedgerJsonLines;
import org.cnms.assets.ledger.LedgerTamperedException;
import org.cnms.assets.ledger.LedgerConflictException;
import org.cnms.assets.ledger.LedgerStore;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LedgerStore} in a relational database (T/CAS 612 clauses 6.7 and 7.5.3): PostgreSQL
 * in production, H2 in file mode as the embedded default. One row per entry in the table
 * {@code cnms_ledger_entry}, whose column {@code entry} holds the entry's JSON exactly as its line
 * in the JSON Lines form, so a verifier recomputes the chain from a plain {@code SELECT}.
 *
 * <p><b>Schema.</b> Created and migrated by Flyway when the store opens (scripts in
 * {@code db/cnms-ledger}, history in {@code cnms_ledger_schema_history}). <b>Appends.</b> One
 * transaction per batch: the head is read, compared with the writer's, and the rows inserted in
 * one JDBC batch; the primary key on the sequence number and the unique hash, previous hash and
 * event id make of two writers at one head exactly one succeed, the other getting
 * {@link LedgerConflictException}. A crash rolls the transaction back: every batch is fully in or
 * absent, and an append that returned is in (on H2 the store sets {@code WRITE_DELAY 0}, which
 * makes H2 write each commit before it returns instead of up to half a second later). <b>H2 in file mode</b> admits one process at a time (its file lock); several threads
 * of that process may write. Several processes need PostgreSQL (or H2 run as a server).
 *
 * <p>Credentials are passed by the caller (from the environment, never from workspace files);
 * {@link #location()} shows the URL without them. Thread-safe: operations on one store are
 * serialised over its one connection; open one store per writer for parallel writers.
 */
public final class JdbcLedgerStore implements LedgerStore {

  /** The table of the entries. */
  public static final String TABLE = "cnms_ledger_entry";

  private static final String HEAD = "SELECT seq, hash FROM " + TABLE
      + " WHERE seq = (SELECT MAX(seq) FROM " + TABLE + ")";
  private static final String READ = "SELECT seq, entry FROM " + TABLE
      + " WHERE seq >= ? AND seq < ? ORDER BY seq";
  private static final String INSERT = "INSERT INTO " + TABLE
      + " (seq, chain, previous_hash, hash, event_id, event_type, entry)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final String url;
  private final Connection connection;

  private JdbcLedgerStore(String url, Connection connection) {
    this.url = url;
    this.connection = connection;
  }

  /**
   * Opens the ledger store in the database at {@code url}, creating or migrating its schema.
   *
   * @param url a JDBC URL, e.g. {@code jdbc:h2:file:/data/ledger} or
   *     {@code jdbc:postgresql://db:5432/cnms}, not null
   * @param user the database user, or null if the URL or the driver supplies it
   * @param password the password, or null
   * @return the store
   * @throws IllegalStateException if the database cannot be reached or migrated; the message
   *     names the URL, never the password
   */
  public static JdbcLedgerStore open(String url, @Nullable String user,
      @Nullable String password) {
    Objects.requireNonNull(url, "url");
    try {
      Flyway.configure(JdbcLedgerStore.class.getClassLoader())
          .dataSource(url, user, password)
          .locations("classpath:db/cnms-ledger")
          .table("cnms_ledger_schema_history")
          .baselineOnMigrate(false)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot create or migrate the ledger schema in " + url
          + ": " + e.getMessage(), e);
    }
    try {
      Connection c = user == null ? DriverManager.getConnection(url)
          : DriverManager.getConnection(url, user, password);
      if (url.startsWith("jdbc:h2:")) {
        // H2 writes committed transactions in the background, up to half a second later, by
        // default: a crash would lose appends already acknowledged. Write at commit instead.
        try (Statement s = c.createStatement()) {
          s.execute("SET WRITE_DELAY 0");
        }
      }
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return new JdbcLedgerStore(url, c);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to the ledger database " + url + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public synchronized LedgerHead head() {
    try {
      LedgerHead h = readHead();
      connection.commit();
      return h;
    } catch (SQLException e) {
      throw failure("read the head of", e);
    }
  }

  private LedgerHead readHead() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(HEAD)) {
      if (!r.next()) {
        return LedgerHead.EMPTY;
      }
      return LedgerHead.of(r.getLong(1) + 1, r.getString(2));
    }
  }

  @Override
  public synchronized List<LedgerEntry> read(long from, int max) {
    if (from < 0 || max < 1) {
      throw new IllegalArgumentException("Cannot read " + max + " entries from index " + from);
    }
    List<LedgerEntry> out = new ArrayList<>(Math.min(max, 4096));
    try (PreparedStatement p = connection.prepareStatement(READ)) {
      p.setLong(1, from);
      p.setLong(2, from + max);
      p.setFetchSize(Math.min(max, 1000));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long seq = r.getLong(1);
          String json = r.getString(2);
          try {
            out.add(LedgerJsonLines.parseLine(json));
          } catch (IllegalArgumentException e) {
            throw new LedgerTamperedException(seq, null, "Entry " + seq + " was altered: it"
                + " cannot be read: " + e.getMessage());
          }
        }
      }
      connection.commit();
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized LedgerHead append(LedgerHead expected, List<LedgerEntry> entries) {
    try {
      LedgerHead actual = readHead();
      if (!actual.equals(expected)) {
        connection.rollback();
        throw new LedgerConflictException(location(), expected, actual);
      }
      LedgerStore.checkBatch(expected, entries);
      try (PreparedStatement p = connection.prepareStatement(INSERT)) {
        for (LedgerEntry e : entries) {
          p.setLong(1, e.index());
          p.setInt(2, e.chain());
          p.setString(3, e.previousHash());
          p.setString(4, e.hash());
          p.setString(5, e.event().id());
          p.setString(6, e.event().type());
          p.setString(7, LedgerJsonLines.toLine(e));
          p.addBatch();
        }
        p.executeBatch();
      }
      connection.commit();
      return LedgerHead.after(entries.get(entries.size() - 1));
    } catch (SQLException e) {
      rollbackQuietly(e);
      if (isUniqueViolation(e)) {
        LedgerHead now;
        try {
          now = readHead();
          connection.commit();
        } catch (SQLException again) {
          throw failure("append to", again);
        }
        throw new LedgerConflictException(location(), expected, now);
      }
      throw failure("append to", e);
    } catch (RuntimeException e) {
      rollbackQuietly(e);
      throw e;
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && s.getSQLState().startsWith("23")) {
        return true;
      }
      if (t instanceof SQLException s && s.getNextException() != null
          && s.getNextException() != t && isUniqueViolation(s.getNextException())) {
        return true;
      }
    }
    return false;
  }

  private void rollbackQuietly(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + " the ledger in " + location() + ": "
        + e.getMessage(), e);
  }

  /** The JDBC URL, without any password it may hold. */
  @Override
  public String location() {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  @Override
  public synchronized void close() {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.close();
      }
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
