// SPDX-License-Identifier: Apache-2.0
/**
 * The organisation and its boundaries (T/CAS 612 clause 4.3): the organisation, its facilities,
 * the organisational boundary with its consolidation approach, the scope statement with justified
 * exclusions, and the reporting period.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.organisation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
