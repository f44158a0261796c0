/**
 * cnms-quantification: the unit-safe, exact GHG quantification engine of T/CAS 612 clauses 6.2 to
 * 6.5 and 9.1 — activity data, emission factors with provenance, GWP sets, calculation methods
 * with traces, inventories, baselines and target progress.
 */
module org.cnms.quantification {
  requires static org.immutables.value.annotations;
  requires transitive org.cnms.core;

  // Indicators, baseline, target progress, uncertainty and significance (6.4, 6.5, 6.6, 6.8).
  exports org.cnms.quantification.baseline;
  exports org.cnms.quantification.indicator;
  exports org.cnms.quantification.progress;
  exports org.cnms.quantification.uncertainty;
  opens org.cnms.quantification.baseline to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.indicator to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.progress to com.fasterxml.jackson.databind;
  opens org.cnms.quantification.uncertainty to com.fasterxml.jackson.databind;

  provides org.cnms.core.conformity.RuleProvider
      with org.cnms.quantification.conformity.QuantificationRules;
}
