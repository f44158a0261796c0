// SPDX-License-Identifier: Apache-2.0
/**
 * The PACT API (WBCSD Partnership for Carbon Transparency, Technical Specifications for PCF Data
 * Exchange v3): {@link org.cnms.pact.PactServer} publishes an organisation's product footprints
 * to its customers, {@link org.cnms.pact.PactClient} fetches a supplier's footprints into a
 * workspace (T/CAS 612 clause 6.3, category 4: supplier-specific data for purchased products).
 */
@NullMarked
package org.cnms.pact;

import org.jspecify.annotations.NullMarked;
