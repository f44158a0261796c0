// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-ledger-jdbc: the carbon-asset ledger (T/CAS 612 clause 6.7) in a relational database,
 * PostgreSQL in production or H2 embedded, its schema created and migrated by Flyway.
 */
module org.cnms.ledger.jdbc {
  requires transitive org.cnms.assets;
  requires transitive java.sql;
  requires flyway.core;

  exports org.cnms.ledger.jdbc;
}
