// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-report: the carbon-neutrality report of an organisation under T/CAS 612—2022 as a typed,
 * immutable model ({@link org.cnms.report.CarbonNeutralityReport}) built from the domain objects
 * of cnms-core, cnms-quantification and cnms-assets, and its renderers: JSON, plain text,
 * Markdown, one self-contained HTML page with SVG charts, {@code .xlsx} and PDF.
 *
 * <p><b>API.</b> {@code org.cnms.report} (the model and its builder) and {@code
 * org.cnms.report.render} (the renderers) are API; {@code org.cnms.report.internal} is not
 * exported.
 */
module org.cnms.report {
  requires transitive org.cnms.core;
  requires transitive org.cnms.quantification;
  requires transitive org.cnms.assets;
  requires com.fasterxml.jackson.databind;
  requires org.dhatim.fastexcel;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;

  exports org.cnms.report;
  exports org.cnms.report.render;

  opens org.cnms.report to com.fasterxml.jackson.databind;
}
