// SPDX-License-Identifier: Apache-2.0
/** Helpers shared by the modules of cnms; not part of the public API. */
@NullMarked
package org.cnms.core.internal;

import org.jspecify.annotations.NullMarked;
