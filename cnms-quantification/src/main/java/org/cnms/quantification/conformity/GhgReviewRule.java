// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.inventory.YearLevel;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.3: a GHG review is carried out (—1, its record retained, —14); the latest one confirmed the
 * completeness of the sources and sinks and quantified every one of them (a)); assessed past and
 * current levels (b)); produced the GHG emission inventory (c)); for each source and sink
 * determined its relevant variables (d) 1)), its current level (d) 2)) and the persons whose work
 * affects it (d) 3)); ranked improvement opportunities (e)); and estimated future emissions and
 * removals (f)). The review is updated by the date it set for the next one (—11) and after every
 * recorded significant change of sources and sinks (—12).
 */
final class GhgReviewRule extends AbstractConformityRule {

  GhgReviewRule() {
    super("quant.6.3.ghg-review", "6.3", QuantificationTexts.TEXT,
        List.of("—1", "a)", "b)", "c)", "d)", "d) 1)", "d) 2)", "d) 3)", "e)", "f)", "—11", "—12",
            "—14"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    LocalDate on = context.assessmentDate();
    String id = id();
    Optional<GhgReview> latest = s.ghgReviews().stream()
        .filter(r -> !r.reviewedOn().isAfter(on))
        .max(Comparator.comparing(GhgReview::reviewedOn));
    if (latest.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
          .withItems(List.of("—1", "c)")));
    }
    GhgReview r = latest.get();
    String rid = r.id();
    String date = r.reviewedOn().toString();
    GhgInventory inv = s.find(r.inventoryId(), GhgInventory.class).orElseThrow();
    Set<String> inInventory = new HashSet<>();
    for (InventoryLine l : inv.lines()) {
      inInventory.add(l.sourceId());
    }
    List<String> expected = new ArrayList<>();
    Map<String, Optional<String>> owners = new HashMap<>();
    for (GhgSource src : s.sources()) {
      if (!src.excluded()) {
        expected.add(src.id());
        owners.put(src.id(), src.ownerPersonId());
      }
    }
    for (GhgSink sink : s.sinks()) {
      expected.add(sink.id());
      owners.put(sink.id(), sink.ownerPersonId());
    }
    Map<String, SourceReview> reviews = new HashMap<>();
    r.sourceReviews().forEach(sr -> reviews.put(sr.sourceId(), sr));
    List<String> missing = new ArrayList<>();
    List<String> withoutVariables = new ArrayList<>();
    List<String> withoutLevel = new ArrayList<>();
    List<String> withoutPersons = new ArrayList<>();
    for (String src : expected) {
      if (!inInventory.contains(src)) {
        missing.add(src);
      }
      SourceReview sr = reviews.get(src);
      if (sr == null || sr.relevantVariables().isEmpty()) {
        withoutVariables.add(src);
      }
      if (sr == null || sr.currentLevel().isEmpty()) {
        withoutLevel.add(src);
      }
      if ((sr == null || sr.influencerPersonIds().isEmpty()) && owners.get(src).isEmpty()) {
        withoutPersons.add(src);
      }
    }
    List<Finding> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".inventory-incomplete",
          refs(r, inv, missing), inv.id(), rid, date, join(missing))
          .withItems(List.of("a)", "c)")));
    }
    if (!r.completenessConfirmed()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".completeness-unconfirmed",
          List.of(rid), rid, date).withItems(List.of("a)")));
    }
    int year = r.period().end().getYear();
    Set<Integer> years = new HashSet<>();
    r.historicalLevels().stream().map(YearLevel::year).forEach(years::add);
    boolean past = years.stream().anyMatch(y -> y < year);
    if (!past || !years.contains(year)) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".levels", List.of(rid), rid, date,
          String.valueOf(year)).withItems(List.of("b)")));
    }
    if (!withoutVariables.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-variables",
          refs(r, inv, withoutVariables), rid, date, join(withoutVariables))
          .withItems(List.of("d) 1)")));
    }
    if (!withoutLevel.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-current-level",
          refs(r, inv, withoutLevel), rid, date, join(withoutLevel))
          .withItems(List.of("d) 2)")));
    }
    if (!withoutPersons.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-persons",
          refs(r, inv, withoutPersons), rid, date, join(withoutPersons))
          .withItems(List.of("d) 3)")));
    }
    if (r.opportunities().isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-opportunities", List.of(rid),
          rid, date).withItems(List.of("e)")));
    }
    if (r.projections().isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-projection", List.of(rid),
          rid, date).withItems(List.of("f)")));
    }
    if (r.nextReviewDue().isPresent() && r.nextReviewDue().get().isBefore(on)) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".overdue", List.of(rid), rid,
          date, r.nextReviewDue().get().toString()).withItems(List.of("—11")));
    }
    for (ChangeRecord c : Changes.notFollowedByAReview(s,
        EnumSet.of(ChangeKind.MAJOR_SOURCES_AND_SINKS), on)) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-updated-after-change",
          List.of(c.id(), rid), c.id(), c.changedOn().toString(), c.description())
          .withItems(List.of("—12")));
    }
    return problemsOr(problems, conforms(id + ".conforms", List.of(rid, inv.id()), rid, date,
        inv.id(), String.valueOf(expected.size()), String.valueOf(r.opportunities().size()),
        String.valueOf(r.projections().size())));
  }

  private static List<String> refs(GhgReview r, GhgInventory inv, List<String> ids) {
    List<String> out = new ArrayList<>(ids.size() + 2);
    out.add(r.id());
    out.add(inv.id());
    out.addAll(ids);
    return out;
  }
}
