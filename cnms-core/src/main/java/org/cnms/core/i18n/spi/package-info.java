// SPDX-License-Identifier: Apache-2.0
/** The service for further languages of the texts of cnms-core. */
package org.cnms.core.i18n.spi;
