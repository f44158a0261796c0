// SPDX-License-Identifier: Apache-2.0
/**
 * Leadership (T/CAS 612 clause 5): the carbon-neutrality policy with its commitments, top-management
 * commitments and approvals, and the roles with the duties of clause 5.3.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.leadership;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
