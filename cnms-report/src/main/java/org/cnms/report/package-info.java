// SPDX-License-Identifier: Apache-2.0
/**
 * The carbon-neutrality report (碳中和报告) as data: {@link org.cnms.report.CarbonNeutralityReport}
 * and its sections, built by {@link org.cnms.report.ReportBuilder} from domain objects. Every
 * figure is computed by the domain types or by the builder, exactly; renderers only format.
 */
@NullMarked
package org.cnms.report;

import org.jspecify.annotations.NullMarked;
