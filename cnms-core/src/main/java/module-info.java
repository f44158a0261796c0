// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-core: the vocabulary of greenhouse gases and units, the immutable model of a
 * carbon-neutrality management system under T/CAS 612—2022 (clauses 4 to 10), its JSON and YAML
 * form, and the conformity engine.
 *
 * <p><b>API.</b> Every exported package is API. {@code org.cnms.core.internal} holds helpers the
 * other cnms modules share (checks, exact-decimal helpers); it is exported only to them, never to
 * users, and may change in any release. {@code org.cnms.core.i18n} (the label bundles) is not
 * exported; {@code org.cnms.core.i18n.spi} is, for a third language.
 *
 * <p><b>Readability.</b> {@code requires transitive} only what public signatures show: JSpecify
 * (the nullness annotations of every signature), Jackson databind ({@code CnmsJson} returns
 * {@code ObjectMapper}s, {@code CnmsModule} is a {@code Module}; it brings jackson-core and
 * jackson-annotations) and the JSR-385 API {@code java.measure} ({@code DomainUnits} and {@code
 * MeasureUnit} hand out {@code javax.measure.Unit}s). Guava (used by the generated value classes),
 * Indriya (the unit implementation), the YAML data format and the Java-time and JDK 8 datatypes
 * are read by this module only.
 */
module org.cnms.core {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;
  requires com.google.common;
  requires com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive java.measure;
  requires tech.units.indriya;

  exports org.cnms.core;
  exports org.cnms.core.ghg;
  exports org.cnms.core.units;
  exports org.cnms.core.organisation;
  exports org.cnms.core.context;
  exports org.cnms.core.leadership;
  exports org.cnms.core.planning;
  exports org.cnms.core.inventory;
  exports org.cnms.core.performance;
  exports org.cnms.core.support;
  exports org.cnms.core.operation;
  exports org.cnms.core.evaluation;
  exports org.cnms.core.improvement;
  exports org.cnms.core.system;
  exports org.cnms.core.conformity;
  exports org.cnms.core.conformity.rules;
  exports org.cnms.core.json;
  exports org.cnms.core.internal to org.cnms.quantification, org.cnms.assets;
  exports org.cnms.core.i18n.spi;

  opens org.cnms.core to com.fasterxml.jackson.databind;
  opens org.cnms.core.ghg to com.fasterxml.jackson.databind;
  opens org.cnms.core.units to com.fasterxml.jackson.databind;
  opens org.cnms.core.organisation to com.fasterxml.jackson.databind;
  opens org.cnms.core.context to com.fasterxml.jackson.databind;
  opens org.cnms.core.leadership to com.fasterxml.jackson.databind;
  opens org.cnms.core.planning to com.fasterxml.jackson.databind;
  opens org.cnms.core.inventory to com.fasterxml.jackson.databind;
  opens org.cnms.core.performance to com.fasterxml.jackson.databind;
  opens org.cnms.core.support to com.fasterxml.jackson.databind;
  opens org.cnms.core.operation to com.fasterxml.jackson.databind;
  opens org.cnms.core.evaluation to com.fasterxml.jackson.databind;
  opens org.cnms.core.improvement to com.fasterxml.jackson.databind;
  opens org.cnms.core.system to com.fasterxml.jackson.databind;
  opens org.cnms.core.conformity to com.fasterxml.jackson.databind;

  uses com.fasterxml.jackson.databind.Module;
  uses org.cnms.core.conformity.RuleProvider;

  provides com.fasterxml.jackson.databind.Module with org.cnms.core.json.CnmsModule;
  provides org.cnms.core.conformity.RuleProvider with org.cnms.core.conformity.rules.CoreRules;

  uses org.cnms.core.i18n.spi.TextsProvider;
}
