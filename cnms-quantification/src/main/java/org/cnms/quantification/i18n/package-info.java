// SPDX-License-Identifier: Apache-2.0
/**
 * The texts of cnms-quantification — labels of its vocabulary and messages of its conformity findings — from
 * its resource bundle {@code org.cnms.quantification.i18n.Texts} (English root, Chinese {@code _zh}). Not
 * exported: other modules read labels through {@link org.cnms.core.Labelled}.
 */
package org.cnms.quantification.i18n;
