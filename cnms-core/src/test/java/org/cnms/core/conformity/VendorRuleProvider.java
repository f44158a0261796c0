// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.List;

/**
 * A vendor's rule provider, registered only through this test tree's
 * META-INF/services/org.cnms.core.conformity.RuleProvider file: it stands for a certification
 * scheme's own rule added without touching the SDK.
 */
public final class VendorRuleProvider implements RuleProvider {

  @Override
  public List<ConformityRule> rules() {
    return List.of(new ConformityRule() {
      @Override
      public String id() {
        return "vendor.db11.facility-named";
      }

      @Override
      public String requirementId() {
        return "4.3.1";
      }

      @Override
      public List<Finding> evaluate(AssessmentContext context) {
        return List.of(Finding.of(this, Verdict.OBSERVATION, "供应商规则：边界内设施 "
            + context.system().facilities().size() + " 个", "Vendor rule: "
            + context.system().facilities().size() + " facilities in the boundary",
            List.of(context.system().organisation().id())));
      }
    });
  }
}
