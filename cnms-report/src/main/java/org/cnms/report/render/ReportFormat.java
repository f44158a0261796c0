// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

/** The document formats of a {@link ReportDocument}. */
public enum ReportFormat {
  /** Plain text for a terminal. */
  TEXT,
  /** Markdown. */
  MARKDOWN,
  /** One self-contained HTML page. */
  HTML
}
