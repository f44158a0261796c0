// SPDX-License-Identifier: Apache-2.0
/**
 * The renderers of a {@link org.cnms.report.CarbonNeutralityReport}: JSON ({@link
 * org.cnms.report.render.ReportJson}), text, Markdown and HTML ({@link
 * org.cnms.report.render.ReportDocument}), {@code .xlsx} ({@link
 * org.cnms.report.render.ReportWorkbook}) and PDF ({@link org.cnms.report.render.ReportPdf}).
 * They format figures (rounded for reading, half-even) and never compute them.
 */
@NullMarked
package org.cnms.report.render;

import org.jspecify.annotations.NullMarked;
