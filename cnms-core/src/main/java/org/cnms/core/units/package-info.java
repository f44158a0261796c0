// SPDX-License-Identifier: Apache-2.0
/**
 * Units of measure of the carbon-accounting domain (T/CAS 612 clauses 6.3, 6.4, 9.1.1): the unit
 * registry with its Chinese aliases, the JSR-385 units beyond SI, exact amounts and exact rational
 * conversion factors.
 */
@NullMarked
package org.cnms.core.units;

import org.jspecify.annotations.NullMarked;
