// SPDX-License-Identifier: Apache-2.0
/**
 * The management system as one aggregate (T/CAS 612 clause 4.4): all records of one organisation, with the
 * checks that hold them together (unique ids, resolving references, sources inside the boundary).
 */
@NullMarked
@CnmsStyle
package org.cnms.core.system;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
