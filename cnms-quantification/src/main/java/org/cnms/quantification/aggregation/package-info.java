// SPDX-License-Identifier: Apache-2.0
/**
 * Aggregation of calculation results into the GHG inventory of clause 6.3 c, with a mergeable
 * accumulator for sequential, parallel and partitioned runs.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.aggregation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
