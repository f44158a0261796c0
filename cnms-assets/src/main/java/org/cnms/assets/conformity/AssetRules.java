// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.conformity;

import java.util.List;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RuleProvider;

/**
 * The conformity rules of cnms-assets: the machine check of T/CAS 612 clause 6.7, and one on good
 * practice beyond it, found by {@link org.cnms.core.conformity.ConformityAssessment#discover()}.
 * The retirement of the units neutrality claims count is observed when the assessment context
 * carries a {@link ClaimEvidence} extension. Immutable, thread-safe.
 */
public final class AssetRules implements RuleProvider {

  private static final List<ConformityRule> RULES = List.of(new CarbonAssetPlanRule(),
      new RetirementRule());

  /** The provider; {@link java.util.ServiceLoader} calls this constructor. */
  public AssetRules() {}

  @Override
  public List<ConformityRule> rules() {
    return RULES;
  }
}
