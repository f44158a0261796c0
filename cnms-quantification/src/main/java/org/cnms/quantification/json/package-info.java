// SPDX-License-Identifier: Apache-2.0
/**
 * The Jackson module of cnms-quantification, found by {@code ObjectMapper.findAndRegisterModules()}
 * and by {@link org.cnms.core.json.CnmsJson}.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.json;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
