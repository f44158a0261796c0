// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-assets: carbon allowances and credits, their append-only ledger, ETS compliance and the
 * carbon-neutrality balance of a period (T/CAS 612 clauses 3.1, 3.3, 3.4 and 6.7).
 *
 * <p><b>API.</b> Every exported package is API; {@code org.cnms.assets.ledger.internal} and {@code
 * org.cnms.assets.i18n} are not exported. It reads inventories from cnms-core (the only module it
 * requires transitively, its types being in every public signature here), never from
 * cnms-quantification; Guava is read for the generated value classes.
 */
module org.cnms.assets {
  requires static org.immutables.value.annotations;
  requires transitive org.cnms.core;
  requires com.google.common;

  exports org.cnms.assets;
  exports org.cnms.assets.unit;
  exports org.cnms.assets.ledger;
  exports org.cnms.assets.ledger.store;
  exports org.cnms.assets.ets;
  exports org.cnms.assets.neutrality;
  exports org.cnms.assets.portfolio;
  exports org.cnms.assets.conformity;
  exports org.cnms.assets.i18n.spi;

  opens org.cnms.assets to com.fasterxml.jackson.databind;
  opens org.cnms.assets.unit to com.fasterxml.jackson.databind;
  opens org.cnms.assets.ledger to com.fasterxml.jackson.databind;
  opens org.cnms.assets.ets to com.fasterxml.jackson.databind;
  opens org.cnms.assets.neutrality to com.fasterxml.jackson.databind;
  opens org.cnms.assets.portfolio to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with org.cnms.assets.AssetsModule;
  provides org.cnms.core.conformity.RuleProvider with org.cnms.assets.conformity.AssetRules;

  uses org.cnms.assets.i18n.spi.TextsProvider;
}
