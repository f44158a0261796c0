// SPDX-License-Identifier: Apache-2.0
/**
 * GHG sources, sinks and the inventory (T/CAS 612 clauses 6.2 and 6.3): the source and sink register, the
 * quantification-method descriptors, the GHG review and the inventory result.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.inventory;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
