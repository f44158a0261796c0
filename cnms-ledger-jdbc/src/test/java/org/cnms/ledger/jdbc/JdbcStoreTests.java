// SPDX-License-Identifier: Apache-2.0
package org.cnms.ledger.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerTamperedException;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.testing.LedgerStoreContract;
import org.cnms.assets.testing.LedgerWorkload;
import org.junit.jupiter.api.Test;

/**
 * The store contract and the tamper tests on a database: each subclass supplies fresh database
 * URLs. Tampering is done the way someone with write access to the database would: with SQL.
 */
abstract class JdbcStoreTests extends LedgerStoreContract {

  /** The URL of a fresh, empty database. */
  abstract String newUrl() throws Exception;

  abstract String user();

  abstract String password();

  @Override
  protected LedgerStore newStore() throws Exception {
    return JdbcLedgerStore.open(newUrl(), user(), password());
  }

  @Override
  protected LedgerStore reopen(LedgerStore store) {
    return JdbcLedgerStore.open(urlOf(store), user(), password());
  }

  static String urlOf(LedgerStore store) {
    return store.location();
  }

  @Override
  protected int batchSize() {
    return 100;
  }

  /** A database holding a ledger of {@code n} workload events; returns its URL. */
  String ledgerOf(int n) throws Exception {
    String url = newUrl();
    try (LedgerStore s = JdbcLedgerStore.open(url, user(), password())) {
      new LedgerWorkload(Ledger.open(s), "w", 7).run(n, 10);
    }
    return url;
  }

  void sql(String url, String statement, Object... params) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        PreparedStatement p = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      assertTrue(p.executeUpdate() > 0, statement);
    }
  }

  String entryJson(String url, long seq) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT entry FROM cnms_ledger_entry WHERE seq = " + seq)) {
      assertTrue(r.next());
      return r.getString(1);
    }
  }

  LedgerTamperedException openTampered(String url) {
    try (LedgerStore s = JdbcLedgerStore.open(url, user(), password())) {
      return assertThrows(LedgerTamperedException.class, () -> Ledger.open(s));
    }
  }

  @Test
  void anUpdatedQuantityIsNamed() throws Exception {
    String url = ledgerOf(40);
    String json = entryJson(url, 17);
    Matcher m = Pattern.compile("\"end\":(\\d+)").matcher(json);
    assertTrue(m.find());
    String altered = json.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + 1)
        + json.substring(m.end(1));
    sql(url, "UPDATE cnms_ledger_entry SET entry = ? WHERE seq = 17", altered);
    LedgerTamperedException e = openTampered(url);
    assertEquals(17, e.index());
    assertTrue(e.getMessage().contains("its content does not match its hash"), e.getMessage());
  }

  @Test
  void aDeletedRowIsNamed() throws Exception {
    String url = ledgerOf(40);
    sql(url, "DELETE FROM cnms_ledger_entry WHERE seq = 25");
    LedgerTamperedException e = openTampered(url);
    assertEquals(25, e.index());
    assertTrue(e.getMessage().contains("its index is 26 but it is entry 25"), e.getMessage());
  }

  @Test
  void twoSwappedRowsAreNamed() throws Exception {
    String url = ledgerOf(40);
    String ten = entryJson(url, 10);
    String eleven = entryJson(url, 11);
    sql(url, "UPDATE cnms_ledger_entry SET entry = ? WHERE seq = 10", eleven);
    sql(url, "UPDATE cnms_ledger_entry SET entry = ? WHERE seq = 11", ten);
    assertEquals(10, openTampered(url).index());
  }

  @Test
  void aMalformedRowIsNamed() throws Exception {
    String url = ledgerOf(20);
    sql(url, "UPDATE cnms_ledger_entry SET entry = ? WHERE seq = 5", "{\"index\":5,");
    LedgerTamperedException e = openTampered(url);
    assertEquals(5, e.index());
    assertTrue(e.getMessage().startsWith("Entry 5 was altered: it cannot be read"),
        e.getMessage());
  }

  /** The schema is created once and found again: a second open migrates nothing. */
  @Test
  void theSchemaIsCreatedByFlywayOnce() throws Exception {
    String url = newUrl();
    JdbcLedgerStore.open(url, user(), password()).close();
    JdbcLedgerStore.open(url, user(), password()).close();
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"cnms_ledger_schema_history\""
            + " WHERE \"version\" = '1' AND \"success\" = TRUE")) {
      assertTrue(r.next());
      assertEquals(1, r.getInt(1));
    }
  }
}
