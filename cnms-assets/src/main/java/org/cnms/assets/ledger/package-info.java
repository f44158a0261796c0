/**
 * The append-only, tamper-evident ledger of carbon assets (碳资产台账; T/CAS 612 clause 6.7): events, holdings and the hash chain.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.ledger;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
