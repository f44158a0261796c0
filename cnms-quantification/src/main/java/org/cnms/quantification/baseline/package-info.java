// SPDX-License-Identifier: Apache-2.0
/**
 * Building the baseline (碳中和基准) from base-year inventories and recalculating it when the
 * organisation, its boundary or its methods change (T/CAS 612 clause 6.5).
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.baseline;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
