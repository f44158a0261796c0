// SPDX-License-Identifier: Apache-2.0
/**
 * The texts of cnms-assets — labels of its vocabulary and messages of its conformity findings — from
 * its resource bundle {@code org.cnms.assets.i18n.Texts} (English root, Chinese {@code _zh}). Not
 * exported: other modules read labels through {@link org.cnms.core.Labelled}.
 */
package org.cnms.assets.i18n;
