// SPDX-License-Identifier: Apache-2.0
/** Internals of cnms-pact: the footprint query and the access tokens; not exported. */
@NullMarked
package org.cnms.pact.internal;

import org.jspecify.annotations.NullMarked;
