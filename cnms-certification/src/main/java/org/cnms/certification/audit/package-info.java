// SPDX-License-Identifier: Apache-2.0
/**
 * The audit of a certification body: the nonconformities of an audit (major and minor, fed by the
 * conformity judge's findings and kept by the auditors), the body's nonconformity policy, the
 * certification decision and its checks, and the impartiality and competence checks of an audit
 * team, each reported as a finding.
 */
@NullMarked
@CnmsStyle
package org.cnms.certification.audit;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
