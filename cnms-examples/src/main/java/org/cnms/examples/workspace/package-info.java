/** An organisation's files (the sample's layout is the documented format), loaded and computed. */
@NullMarked
@CnmsStyle
package org.cnms.examples.workspace;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
