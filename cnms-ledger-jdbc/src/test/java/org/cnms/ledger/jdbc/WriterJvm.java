// SPDX-License-Identifier: Apache-2.0
package org.cnms.ledger.jdbc;

import org.cnms.assets.testing.LedgerWorkload;

/** A writer JVM on a JDBC store: {@code main(url, user, password, writer, count, batch)}. */
public final class WriterJvm {

  private WriterJvm() {}

  public static void main(String[] args) {
    LedgerWorkload.writerMain(() -> JdbcLedgerStore.open(args[0], args[1], args[2]), args[3],
        Integer.parseInt(args[4]), Integer.parseInt(args[5]));
  }
}
