// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import java.util.ArrayList;
import java.util.List;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.unit.Origin;

/**
 * The claim rules of T/CAS 612 and DB11/T 1861: emissions, after the organisation's own
 * reductions, fully offset by credits, allowances or new-forestry sinks from outside its boundary.
 */
class BoundaryClaimRules implements ClaimRules {

  private final String name;

  BoundaryClaimRules(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ClaimAssessment assess(NeutralityClaim claim) {
    List<ClaimFinding> findings = new ArrayList<>();
    add(claim, findings);
    return ClaimAssessment.builder().ruleSet(name).claimId(claim.balance().claimId())
        .addAllFindings(findings).build();
  }

  /** The rules shared by every rule set of this package. */
  void add(NeutralityClaim claim, List<ClaimFinding> findings) {
    NeutralityBalance b = claim.balance();
    long inside = 0;
    for (Retirement r : b.counted()) {
      if (r.block().origin() != Origin.OUTSIDE_BOUNDARY) {
        inside += r.block().quantity();
      }
    }
    // every unit type is an allowance or a credit (new-forestry sinks are credits), so the
    // means of neutralisation are right by construction; where they come from is checked here
    findings.add(ClaimFinding.of("OUTSIDE_BOUNDARY", inside == 0, inside == 0
        ? "All " + b.unitsCounted() + " units counted are credits, allowances or new-forestry"
            + " sinks from outside the boundary"
        : inside + " units counted come from inside the boundary"));
    boolean reduced = !claim.reductionMeasures().isEmpty();
    findings.add(ClaimFinding.of("OWN_REDUCTIONS_FIRST", reduced, reduced
        ? claim.reductionMeasures().size() + " own reduction measures recorded before offsetting"
        : "No own reduction measures are recorded; emissions must be reduced before they are"
            + " offset"));
    findings.add(ClaimFinding.of("BALANCE", b.neutral(), b.neutral()
        ? "Gross " + b.grossEmissions() + " − removals " + b.removals() + " − offsets "
            + b.offsets() + " = " + b.netBalance() + ": neutral"
        : "Gross " + b.grossEmissions() + " − removals " + b.removals() + " − offsets "
            + b.offsets() + " = " + b.netBalance() + ": short by " + b.shortfall()));
  }
}
