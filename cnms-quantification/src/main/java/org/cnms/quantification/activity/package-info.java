// SPDX-License-Identifier: Apache-2.0
/**
 * Activity data (活动数据) of GHG sources, T/CAS 612 clauses 6.3 and 9.1.1: records per source and
 * period with how each figure was obtained and its data-quality rating, and the import of ERP
 * extracts from CSV with every bad row reported.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.activity;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
