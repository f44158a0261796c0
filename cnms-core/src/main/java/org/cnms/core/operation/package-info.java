// SPDX-License-Identifier: Apache-2.0
/**
 * Operation (T/CAS 612 clause 8): operating criteria (8.1.1, 8.1.2), the register of outsourced
 * processes (8.1.3), design records (8.2), procurement criteria and notices to suppliers (8.3),
 * and change records (8.4, 变更控制).
 */
@NullMarked
@CnmsStyle
package org.cnms.core.operation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
