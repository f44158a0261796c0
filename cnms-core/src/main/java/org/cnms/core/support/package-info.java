// SPDX-License-Identifier: Apache-2.0
/**
 * Support (T/CAS 612 clause 7): resources, competence, awareness, communication and suggestions, and
 * documented information with its versions.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.support;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
