// SPDX-License-Identifier: Apache-2.0
/**
 * Performance evaluation (T/CAS 612 clause 9): monitoring results and deviation analyses, periodic GHG reports
 * and verification statements, measuring instruments and their calibration, compliance evaluations, internal
 * audits and management reviews.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.evaluation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
