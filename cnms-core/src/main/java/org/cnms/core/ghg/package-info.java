// SPDX-License-Identifier: Apache-2.0
/**
 * The vocabulary of greenhouse gases (T/CAS 612 clauses 3.1 and 6.2.1): the Kyoto gas families and
 * species, refrigerant blends, the six emission categories with their GHG Protocol scopes, and the
 * exact masses {@link org.cnms.core.ghg.Co2e} and {@link org.cnms.core.ghg.GasMass}.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.ghg;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
