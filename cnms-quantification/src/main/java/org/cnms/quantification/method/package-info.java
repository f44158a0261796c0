// SPDX-License-Identifier: Apache-2.0
/**
 * Quantification methods (量化方法) of T/CAS 612 clause 6.3, each a named formula: emission
 * factor, fuel combustion per GB/T 32150, purchased electricity and heat, mass balance, direct
 * measurement, refrigerant inventory change, removals, supplier product footprints (ISO 14067,
 * PACT v3) — and the SPI they implement, so a vendor's method needs this package alone: an
 * {@link org.cnms.quantification.method.ActivityMethod} is prepared in a {@link
 * org.cnms.quantification.method.MethodContext} into {@link
 * org.cnms.quantification.method.GasChain}s of {@link org.cnms.quantification.method.TraceTerm}s
 * and {@link org.cnms.quantification.method.FactorUse}s, which the calculator applies.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.method;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
