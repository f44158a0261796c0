// SPDX-License-Identifier: Apache-2.0
/**
 * Improvement (T/CAS 612 clause 10): nonconformities with their corrective actions, and improvement actions.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.improvement;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
