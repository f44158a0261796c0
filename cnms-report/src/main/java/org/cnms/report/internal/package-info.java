// SPDX-License-Identifier: Apache-2.0
/** The document model, charts and texts behind the renderers; not API. */
@NullMarked
package org.cnms.report.internal;

import org.jspecify.annotations.NullMarked;
