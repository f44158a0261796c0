// SPDX-License-Identifier: Apache-2.0
/**
 * Conformity assessment against T/CAS 612: the requirement catalogue, the rule service-provider interface,
 * the assessment context, findings and reports.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.conformity;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
