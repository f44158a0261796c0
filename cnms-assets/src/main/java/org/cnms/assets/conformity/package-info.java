// SPDX-License-Identifier: Apache-2.0
/**
 * The conformity rules of cnms-assets: the machine check of T/CAS 612 clause 6.7, offered through
 * {@link org.cnms.assets.conformity.AssetRules}.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.conformity;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
