package org.cnms.assets.conformity;

import java.util.List;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.RuleProvider;

/**
 * The conformity rules of cnms-assets: the machine check of T/CAS 612 clause 6.7, found by {@link
 * org.cnms.core.conformity.ConformityAssessment#discover()}. The offsets of neutrality claims are
 * judged when the assessment context carries a {@link ClaimEvidence} extension. Immutable,
 * thread-safe.
 */
public final class AssetRules implements RuleProvider {

  private static final List<ConformityRule> RULES = List.of(new AssetManagementRule());

  /** The provider; {@link java.util.ServiceLoader} calls this constructor. */
  public AssetRules() {}

  @Override
  public List<ConformityRule> rules() {
    return RULES;
  }
}
