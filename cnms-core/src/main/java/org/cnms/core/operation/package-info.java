/**
 * Operation (T/CAS 612 clause 8): operational criteria, outsourced-process controls, design reviews,
 * procurement criteria and change records.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.operation;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
