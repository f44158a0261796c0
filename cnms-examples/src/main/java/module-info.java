// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-examples: the main job over a bundled sample organisation (the {@code cnms} command line),
 * JShell scripts, and usage examples.
 */
module org.cnms.examples {
  requires static org.immutables.value.annotations;
  requires com.google.common;
  requires org.cnms.core;
  requires org.cnms.quantification;
  requires org.cnms.assets;
  requires org.cnms.ledger.jdbc;
  requires org.cnms.certification;
  requires org.cnms.pact;
  requires org.cnms.report;
  requires info.picocli;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.cnms.examples.workspace;
  exports org.cnms.examples.cli;

  opens org.cnms.examples.cli to info.picocli;
}
