// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.i18n.spi;

import java.util.spi.ResourceBundleProvider;

/**
 * The service through which another module supplies the texts of cnms-quantification in a further language, on
 * the module path: implement it (e.g. by extending {@code
 * java.util.spi.AbstractResourceBundleProvider}) for the base name {@code
 * org.cnms.quantification.i18n.Texts} and declare {@code provides org.cnms.quantification.i18n.spi.TextsProvider with
 * …}. On the class path a file {@code org/cnms/quantification/i18n/Texts_<lang>.properties} does the same.
 */
public interface TextsProvider extends ResourceBundleProvider {}
