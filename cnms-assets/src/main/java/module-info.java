/**
 * cnms-assets: carbon allowances and credits, their append-only ledger, ETS compliance and the
 * carbon-neutrality balance of a period (T/CAS 612 clauses 3.1, 3.3, 3.4 and 6.7).
 */
module org.cnms.assets {
  requires static org.immutables.value.annotations;
  requires transitive org.cnms.core;
  requires transitive org.cnms.quantification;

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
