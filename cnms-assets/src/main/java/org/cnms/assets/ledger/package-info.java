// SPDX-License-Identifier: Apache-2.0
/**
 * The append-only, tamper-evident ledger of carbon assets (碳资产台账; T/CAS 612 clause 6.7): events, holdings and the hash chain.
 * The store SPI is here too ({@link org.cnms.assets.ledger.LedgerStore}, with the in-memory
 * store); the JSON Lines store is in {@code org.cnms.assets.ledger.store}, the JDBC store in
 * cnms-ledger-jdbc.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.ledger;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
