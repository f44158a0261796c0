// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.List;

/**
 * The service-provider interface through which a module or a vendor contributes conformity rules
 * (T/CAS 612 clause 9.3, and a certification scheme's own requirements). Providers are found with
 * {@link java.util.ServiceLoader}: declare {@code provides org.cnms.core.conformity.RuleProvider
 * with ...} in a named module, or list the class in
 * {@code META-INF/services/org.cnms.core.conformity.RuleProvider} on the class path.
 */
public interface RuleProvider {

  /** The rules of this provider. */
  List<ConformityRule> rules();
}
