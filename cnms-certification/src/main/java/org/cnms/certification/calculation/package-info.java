// SPDX-License-Identifier: Apache-2.0
/**
 * Audit time (IAF MD 5) and multi-site sampling (IAF MD 1) calculated over data tables: each table
 * a file with its provenance and a verified/unverified mark on every row, so that a body supplies
 * its own table for carbon-neutrality management systems (there is no national one).
 */
@NullMarked
@CnmsStyle
package org.cnms.certification.calculation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
