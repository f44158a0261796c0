// SPDX-License-Identifier: Apache-2.0
/** The certification-tool example: assess a client's management system and write the audit report and draft nonconformities. */
@NullMarked
@CnmsStyle
package org.cnms.examples.certification;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
