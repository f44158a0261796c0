// SPDX-License-Identifier: Apache-2.0
/** The ERP integration example: an ERP material-movement extract mapped to activity data. */
@NullMarked
@CnmsStyle
package org.cnms.examples.erp;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
