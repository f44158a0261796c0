// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-quantification: the unit-safe, exact GHG quantification engine of T/CAS 612 clauses 6.2 to
 * 6.5 and 9.1 — activity data, emission factors with provenance, GWP sets, calculation methods
 * with traces, inventories, indicators, baselines, target progress and uncertainty.
 *
 * <p><b>API.</b> Every exported package is API. Not exported: {@code
 * org.cnms.quantification.internal} (the CSV reader of the embedded data and of the importers,
 * exact multipliers), {@code org.cnms.quantification.calculation.internal} (the prepared recipes
 * and their per-thread cache that {@code InventoryAccumulator} sums through) and {@code
 * org.cnms.quantification.i18n} (the label bundles). {@code requires transitive} only cnms-core,
 * whose types every public signature here shows; Guava is read for the generated value classes.
 */
module org.cnms.quantification {
  requires static org.immutables.value.annotations;
  requires transitive org.cnms.core;
  requires com.google.common;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel.reader;

  exports org.cnms.quantification.activity;
  exports org.cnms.quantification.factor;
  exports org.cnms.quantification.gwp;
  exports org.cnms.quantification.method;
  exports org.cnms.quantification.calculation;
  exports org.cnms.quantification.aggregation;
  exports org.cnms.quantification.reference;
  exports org.cnms.quantification.json;
  exports org.cnms.quantification.baseline;
  exports org.cnms.quantification.indicator;
  exports org.cnms.quantification.progress;
  exports org.cnms.quantification.uncertainty;
  exports org.cnms.quantification.conformity;
  exports org.cnms.quantification.i18n.spi;

  opens org.cnms.quantification.activity to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.factor to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.gwp to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.method to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.calculation to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.aggregation to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.baseline to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.indicator to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.progress to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.uncertainty to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module
      with org.cnms.quantification.json.QuantificationModule;
  provides org.cnms.core.conformity.RuleProvider
      with org.cnms.quantification.conformity.QuantificationRules;

  uses org.cnms.quantification.i18n.spi.TextsProvider;
}
