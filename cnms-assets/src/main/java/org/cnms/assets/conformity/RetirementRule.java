// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.ledger.UnitStatus;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;

/**
 * 6.7, beyond T/CAS 612: every unit a neutrality claim counts is recorded in the asset ledger as
 * retired for that claim. The standard has no retirement rule (its 6.7 asks for the planning of
 * carbon asset management), so a unit not retired is an observation at most. Judged when the
 * assessment context carries a {@link ClaimEvidence} extension.
 */
final class RetirementRule extends AbstractConformityRule {

  RetirementRule() {
    super("assets.6.7.beyond.retired-for-claims", "6.7", AssetTexts.TEXT, true);
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    Optional<ClaimEvidence> evidence = context.extension(ClaimEvidence.class);
    if (evidence.isEmpty()) {
      return List.of(conforms(id() + ".no-claims", List.of()));
    }
    Ledger ledger = evidence.get().ledger();
    List<Finding> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    long units = 0;
    for (NeutralityBalance claim : evidence.get().claims()) {
      ids.add(claim.claimId());
      for (Retirement r : claim.counted()) {
        UnitBlock b = r.block();
        units += b.quantity();
        long recorded = 0;
        for (UnitState st : ledger.states(b.registry(), b.serials())) {
          if (st.status() == UnitStatus.RETIRED
              && st.claimId().filter(claim.claimId()::equals).isPresent()) {
            recorded += st.block().quantity();
          }
        }
        if (recorded != b.quantity()) {
          problems.add(finding(Verdict.OBSERVATION, id() + ".not-retired",
              List.of(claim.claimId(), r.eventId()), claim.claimId(),
              String.valueOf(b.quantity()), b.type().code(), b.registry(),
              b.serials().toString(), String.valueOf(recorded)));
        }
      }
    }
    return problemsOr(problems, conforms(id() + ".conforms", ids, String.valueOf(units),
        String.valueOf(evidence.get().claims().size())));
  }
}
