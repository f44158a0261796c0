// SPDX-License-Identifier: Apache-2.0
/**
 * The texts of cnms-certification — labels of its vocabulary and messages of its findings — from
 * its resource bundle {@code org.cnms.certification.i18n.Texts} (English root, Chinese {@code
 * _zh}). Not exported: other modules read labels through {@link org.cnms.core.Labelled}.
 */
package org.cnms.certification.i18n;
