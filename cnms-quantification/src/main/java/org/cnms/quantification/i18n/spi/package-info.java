// SPDX-License-Identifier: Apache-2.0
/** The service for further languages of the texts of cnms-quantification. */
package org.cnms.quantification.i18n.spi;
