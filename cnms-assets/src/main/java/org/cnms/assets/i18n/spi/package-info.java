// SPDX-License-Identifier: Apache-2.0
/** The service for further languages of the texts of cnms-assets. */
package org.cnms.assets.i18n.spi;
