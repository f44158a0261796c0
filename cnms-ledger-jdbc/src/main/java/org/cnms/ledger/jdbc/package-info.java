// SPDX-License-Identifier: Apache-2.0
/**
 * The carbon-asset ledger (T/CAS 612 clause 6.7) in a relational database: {@link
 * org.cnms.ledger.jdbc.JdbcLedgerStore}.
 */
@NullMarked
package org.cnms.ledger.jdbc;

import org.jspecify.annotations.NullMarked;
