// SPDX-License-Identifier: Apache-2.0
/**
 * The certification cycle of ISO/IEC 17021-1 (= GB/T 27021.1-2017 = CNAS-CC01) for T/CAS 612
 * management systems: its timing rules as a {@link org.cnms.certification.CertificationProfile}
 * (each rule with its source and whether that source was confirmed), the deadlines of a {@link
 * org.cnms.certification.CertificationCycle}, the certificate's states and their state machine,
 * and the findings of the body's checks ({@link org.cnms.certification.CertificationFinding}).
 */
@NullMarked
@CnmsStyle
package org.cnms.certification;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
