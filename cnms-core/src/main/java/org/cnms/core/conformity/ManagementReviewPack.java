// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cnms.core.Revisable;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.ImprovementStatus;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.Resource;
import org.cnms.core.support.Suggestion;
import org.cnms.core.system.ManagementSystem;
import org.immutables.value.Value;

/**
 * The pack of inputs for a management review (管理评审, T/CAS 612 clause 9.4.2 a), b) 1)–5),
 * c) 1)–5), d)–f)), assembled from the records of a management system as of a date: a) the status
 * of past actions — action plans (措施计划), improvement actions and the actions the previous review
 * decided; b) the changes recorded since the previous review, each under the item its kind belongs
 * to; c) 1) the latest inventory against the baseline and the indicator values compared with the
 * baseline; c) 2) the phased targets due; c) 3) the open nonconformities and the corrective
 * actions; c) 4) the latest compliance evaluation of each obligation; c) 5) the audits since the
 * previous review; d) the resources; e) external communication and suggestions since the previous
 * review; f) the ranked improvement opportunities of the latest GHG review and the proposed
 * improvement actions. Percentages are rounded half-up to one decimal place for presentation.
 *
 * <p>The texts of the items and of {@link #toMarkdown(Locale)} are the {@code reviewPack.*} texts
 * of the core bundle ({@link CoreTexts}); each item keeps them in Chinese and in English.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableManagementReviewPack.class)
public abstract class ManagementReviewPack implements WithManagementReviewPack {

  /** The id of the organisation. */
  public abstract String organisationId();

  /** The date the pack is assembled as of. */
  public abstract LocalDate asOf();

  /** The id of the previous management review, if there was one. */
  public abstract Optional<String> previousReviewId();

  /** The items, grouped by input in the order of {@link ReviewInput}. */
  public abstract List<ReviewPackItem> items();

  /** The items for one input, in order. */
  public List<ReviewPackItem> itemsFor(ReviewInput input) {
    return items().stream().filter(i -> i.input() == input).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManagementReviewPack}; {@code organisationId} and {@code asOf} required. */
  public static final class Builder extends ImmutableManagementReviewPack.Builder {}

  /**
   * The pack of {@code system} as of {@code asOf}. The previous review is the latest held on or
   * before {@code asOf}; "since the previous review" means after the day it was held (all records,
   * if there was none). Time linear in the size of the system.
   *
   * @param system the management system, not null
   * @param asOf the date, not null
   * @return the pack
   */
  public static ManagementReviewPack assemble(ManagementSystem system, LocalDate asOf) {
    Optional<ManagementReview> previous = system.managementReviews().stream()
        .filter(r -> !r.heldOn().isAfter(asOf)).max(Comparator.comparing(ManagementReview::heldOn));
    LocalDate since = previous.map(ManagementReview::heldOn).orElse(LocalDate.MIN);
    List<ReviewPackItem> items = new ArrayList<>();
    pastActions(system, asOf, previous, items);
    changes(system, since, asOf, items);
    performance(system, since, asOf, items);
    resources(system, items);
    feedback(system, since, asOf, items);
    opportunities(system, asOf, items);
    items.sort(Comparator.comparing(ReviewPackItem::input));
    return builder().organisationId(system.organisation().id()).asOf(asOf)
        .previousReviewId(previous.map(ManagementReview::id)).addAllItems(items).build();
  }

  /** Adds an item for {@code input} with its text in Chinese and in English. */
  private static void add(List<ReviewPackItem> items, ReviewInput input, List<String> ids,
      Function<Locale, String> text) {
    items.add(ReviewPackItem.of(input, text.apply(Locale.CHINESE), text.apply(Locale.ENGLISH),
        ids));
  }

  /** The text {@code reviewPack.<key>} of the core bundle, its placeholders filled. */
  private static String text(String key, Locale locale, Object... arguments) {
    return CoreTexts.TEXT.format("reviewPack." + key, locale, arguments);
  }

  /** The text {@code key} with one argument if {@code value} is present, else empty. */
  private static String optional(Optional<?> value, String key, Locale locale) {
    return value.map(v -> text(key, locale, String.valueOf(v))).orElse("");
  }

  /** The text {@code key} if {@code condition} holds, else empty. */
  private static String when(boolean condition, String key, Locale locale) {
    return condition ? text(key, locale) : "";
  }

  private static void pastActions(ManagementSystem s, LocalDate asOf,
      Optional<ManagementReview> previous, List<ReviewPackItem> items) {
    ReviewInput a = ReviewInput.STATUS_OF_PREVIOUS_ACTIONS;
    for (ActionPlan p : s.actionPlans()) {
      boolean overdue = p.dueDate().map(d -> d.isBefore(asOf)).orElse(false)
          && p.status() != ActionStatus.COMPLETED && p.status() != ActionStatus.CANCELLED;
      add(items, a, List.of(p.id()), l -> text("actionPlan", l, p.id(), p.title(),
          p.status().label(l), optional(p.dueDate(), "due", l), when(overdue, "overdue", l)));
    }
    for (ImprovementAction i : s.improvementActions()) {
      boolean overdue = i.dueDate().isBefore(asOf) && i.status() != ImprovementStatus.COMPLETED
          && i.status() != ImprovementStatus.CANCELLED;
      add(items, a, List.of(i.id()), l -> text("improvementAction", l, i.id(), i.description(),
          i.status().label(l), text("due", l, i.dueDate().toString()),
          when(overdue, "overdue", l)));
    }
    for (Nonconformity n : s.nonconformities()) {
      for (CorrectiveAction c : n.correctiveActions()) {
        add(items, ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS, List.of(n.id(), c.id()),
            l -> text("correctiveAction", l, n.id(), c.id(), c.completedOn()
                .map(d -> text("correctiveAction.completed", l, d.toString()))
                .orElseGet(() -> text(c.dueDate().isBefore(asOf) ? "correctiveAction.overdue"
                    : "correctiveAction.open", l, c.dueDate().toString()))));
      }
    }
    previous.ifPresent(r -> {
      if (!r.decidedActionIds().isEmpty()) {
        add(items, a, r.decidedActionIds(), l -> text("previousDecisions", l, r.id(),
            r.heldOn().toString(), String.join(", ", r.decidedActionIds())));
      }
    });
  }

  private static void changes(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    for (ChangeRecord c : s.changes()) {
      if (c.changedOn().isAfter(since) && !c.changedOn().isAfter(asOf)) {
        add(items, changeInput(c), List.of(c.id()), l -> text("change", l,
            c.changedOn().toString(), c.kind().map(k -> text("kind", l, k.itemLabel(l)))
                .orElse(""), c.description(), text(c.verification()
                .map(v -> v.effective() ? "change.effective" : "change.notEffective")
                .orElse("change.notVerified"), l)));
      }
    }
  }

  /**
   * The input a change record belongs to: b) 3) for a change of major sources and sinks, b) 2)
   * for one of compliance or party requirements, b) 4) for one of risks and opportunities, else
   * b) 1) (an internal factor: facilities, processes, products, baseline and methods).
   */
  private static ReviewInput changeInput(ChangeRecord c) {
    if (c.kind().isEmpty()) {
      return ReviewInput.CHANGES_IN_FACTORS;
    }
    switch (c.kind().get()) {
      case MAJOR_SOURCES_AND_SINKS:
        return ReviewInput.CHANGES_IN_SOURCES_AND_SINKS;
      case COMPLIANCE_AND_PARTY_REQUIREMENTS:
        return ReviewInput.CHANGES_IN_INTERESTED_PARTY_NEEDS;
      case RISKS_AND_OPPORTUNITIES:
        return ReviewInput.CHANGES_IN_RISKS_AND_OPPORTUNITIES;
      default:
        return ReviewInput.CHANGES_IN_FACTORS;
    }
  }

  private static void performance(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput c = ReviewInput.PERFORMANCE_AND_IMPROVEMENT;
    Optional<GhgInventory> latest = Revisable.currentVersions(s.inventories()).stream()
        .filter(i -> !i.period().end().isAfter(asOf))
        .max(Comparator.comparing(GhgInventory::period));
    List<CarbonNeutralityTarget> targets = s.currentNeutralityTargets();
    List<Baseline> baselines = s.currentBaselines();
    if (latest.isPresent() && !baselines.isEmpty()) {
      GhgInventory inv = latest.get();
      Baseline b = targets.isEmpty() ? baselines.get(0) : s.find(targets.get(0).baselineId(),
          Baseline.class).orElse(baselines.get(0));
      Co2e now = inv.totalEmissions();
      String change = percent(now, b.emissions()).toPlainString();
      add(items, c, List.of(inv.id(), b.id()), l -> text("latestInventory", l, inv.id(),
          inv.period().toString(), now.toString(), b.emissions().toString(), b.id(), change));
      for (CarbonNeutralityTarget t : targets) {
        for (PhasedTarget p : t.phasedTargetsByYear()) {
          if (p.year() > asOf.getYear()) {
            continue;
          }
          Co2e actual = inv.emissionsOf(t.coveredCategories());
          Co2e base = b.emissionsOf(t.coveredCategories()).orElse(b.emissions());
          Function<Locale, String> attainment;
          if (p.kind() == PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE) {
            BigDecimal reduction = percent(actual, base).negate();
            boolean met = reduction.compareTo(p.value().orElseThrow()) >= 0;
            attainment = l -> text("phasedTarget.reduction", l, reduction.toPlainString(),
                text(met ? "phasedTarget.met" : "phasedTarget.notMet", l));
          } else if (p.kind() == PhasedTargetKind.ABSOLUTE_EMISSIONS_CAP) {
            boolean met = actual.tonnes().compareTo(p.value().orElseThrow()) <= 0;
            attainment = l -> text("phasedTarget.cap", l, actual.toString(),
                text(met ? "phasedTarget.met" : "phasedTarget.notMet", l));
          } else {
            attainment = l -> text("phasedTarget.onIndicator", l);
          }
          add(items, ReviewInput.TARGET_ATTAINMENT, List.of(p.id(), inv.id()),
              l -> text("phasedTarget", l, p.id(), String.valueOf(p.year()), p.description(),
                  attainment.apply(l)));
        }
      }
    }
    for (MonitoringResult m : s.monitoringResults()) {
      if (m.subject() == MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE
          && !m.measuredOn().isAfter(asOf)) {
        add(items, c, List.of(m.id()), l -> text("indicator", l, m.indicatorId().orElse(""),
            m.period().toString(), m.expected().toString(), m.actual().toString()));
      }
    }
    for (Nonconformity n : s.nonconformities()) {
      if (n.status() != NonconformityStatus.CLOSED && !n.reportedOn().isAfter(asOf)) {
        add(items, ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS, List.of(n.id()),
            l -> text("openNonconformity", l, n.id(), n.severity().label(l),
                n.status().label(l), n.description()));
      }
    }
    Map<String, ComplianceEvaluation> latestEvaluation = new HashMap<>();
    for (ComplianceEvaluation e : s.complianceEvaluations()) {
      if (!e.evaluatedOn().isAfter(asOf)) {
        latestEvaluation.merge(e.obligationId(), e,
            (x, y) -> y.evaluatedOn().isAfter(x.evaluatedOn()) ? y : x);
      }
    }
    s.complianceObligations().forEach(o -> {
      ComplianceEvaluation e = latestEvaluation.get(o.id());
      add(items, ReviewInput.COMPLIANCE_EVALUATION_RESULTS,
          e == null ? List.of(o.id()) : List.of(o.id(), e.id()),
          l -> text("obligation", l, o.id(), o.title(), e == null
              ? text("obligation.notEvaluated", l)
              : text("obligation.evaluated", l, e.result().label(l),
                  e.evaluatedOn().toString())));
    });
    for (Audit au : s.audits()) {
      if (au.conductedOn().isAfter(since) && !au.conductedOn().isAfter(asOf)) {
        long ncs = au.findings().stream().filter(f -> f.kind().isNonconformity()).count();
        List<String> ids = new ArrayList<>(List.of(au.id()));
        au.findings().forEach((AuditFinding f) -> ids.add(f.id()));
        add(items, ReviewInput.AUDIT_RESULTS, ids, l -> text("audit", l, au.id(),
            au.conductedOn().toString(), String.valueOf(au.findings().size()),
            String.valueOf(ncs)));
      }
    }
  }

  private static void resources(ManagementSystem s, List<ReviewPackItem> items) {
    for (Resource r : s.resources()) {
      add(items, ReviewInput.ADEQUACY_OF_RESOURCES, List.of(r.id()), l -> text("resource", l,
          r.kind().map(k -> text("kind", l, k.label(l))).orElse(""), r.description(),
          optional(r.budget(), "resource.budget", l)));
    }
  }

  private static void feedback(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput e = ReviewInput.INTERESTED_PARTY_FEEDBACK;
    for (Communication c : s.communications()) {
      if (c.direction() == CommunicationDirection.EXTERNAL && c.date().isAfter(since)
          && !c.date().isAfter(asOf)) {
        add(items, e, List.of(c.id()), l -> text("communication", l, c.date().toString(),
            c.audience(), c.topic().map(t -> text("communication.topic", l, t.label(l)))
                .orElse(""), c.summary()));
      }
    }
    for (Suggestion g : s.suggestions()) {
      if (g.receivedOn().isAfter(since) && !g.receivedOn().isAfter(asOf)) {
        add(items, e, List.of(g.id()), l -> text("suggestion", l, g.receivedOn().toString(),
            g.text(), text(g.answered() ? "suggestion.answered" : "suggestion.unanswered", l)));
      }
    }
  }

  private static void opportunities(ManagementSystem s, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput f = ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT;
    s.ghgReviews().stream().filter(r -> !r.reviewedOn().isAfter(asOf))
        .max(Comparator.comparing(GhgReview::reviewedOn)).ifPresent(r -> {
          for (ImprovementOpportunity o : r.opportunitiesByRank()) {
            add(items, f, List.of(r.id(), o.id()), l -> text("opportunity", l,
                String.valueOf(o.rank()), r.id(), o.description(),
                optional(o.expectedReduction(), "opportunity.expectedReduction", l)));
          }
        });
    for (ImprovementAction i : s.improvementActions()) {
      if (i.status() == ImprovementStatus.PROPOSED) {
        add(items, f, List.of(i.id()), l -> text("proposedAction", l, i.id(),
            i.description()));
      }
    }
  }

  /** (a − b) / b in percent, rounded half-up to one decimal place; zero if b is zero. */
  private static BigDecimal percent(Co2e a, Co2e b) {
    if (b.isZero()) {
      return BigDecimal.ZERO;
    }
    return a.minus(b).tonnes().multiply(BigDecimal.valueOf(100))
        .divide(b.tonnes(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
  }


  /**
   * The pack as Markdown: one section per input of {@link ReviewInput}, in the language of {@code
   * locale} (the items in Chinese for a Chinese locale, in English otherwise; see {@link
   * ReviewPackItem#text(Locale)}).
   */
  public String toMarkdown(Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(text("title", locale)).append("\n\n");
    b.append(text("organisation", locale, organisationId())).append('\n');
    b.append(text("asOf", locale, asOf().toString())).append('\n');
    b.append(text("previousReview", locale,
        previousReviewId().orElseGet(() -> text("noPreviousReview", locale)))).append('\n');
    for (ReviewInput input : ReviewInput.values()) {
      b.append("\n## ").append(input.itemLabel(locale))
          .append("\n\n");
      List<ReviewPackItem> mine = itemsFor(input);
      if (mine.isEmpty()) {
        b.append("- ").append(text("nothingRecorded", locale)).append('\n');
      }
      for (ReviewPackItem i : mine) {
        b.append("- ").append(i.text(locale));
        if (!i.recordIds().isEmpty()) {
          b.append(" `").append(String.join("`, `", i.recordIds())).append('`');
        }
        b.append('\n');
      }
    }
    return b.toString();
  }
}
