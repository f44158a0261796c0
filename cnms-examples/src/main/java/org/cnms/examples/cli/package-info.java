// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code cnms} command line over the SDK: inventory, baseline, progress, balance, assess and
 * report on an organisation's workspace files.
 */
@NullMarked
package org.cnms.examples.cli;

import org.jspecify.annotations.NullMarked;
