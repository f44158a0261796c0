// SPDX-License-Identifier: Apache-2.0
/** The texts of cnms-examples (its command line and reports), from its resource bundle. */
package org.cnms.examples.i18n;
