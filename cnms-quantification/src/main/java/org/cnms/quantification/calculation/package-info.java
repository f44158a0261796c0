// SPDX-License-Identifier: Apache-2.0
/**
 * The calculator (T/CAS 612 clause 6.3): activity data, method and factors to emissions per gas
 * and in CO₂e, each with a trace a verifier can follow.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.calculation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
