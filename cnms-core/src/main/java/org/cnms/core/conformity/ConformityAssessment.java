// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.cnms.core.i18n.CoreTexts;

/**
 * The conformity assessment of a carbon-neutrality management system against T/CAS 612—2022
 * (clause 9.3): runs every {@link ConformityRule} on an {@link AssessmentContext} and collects the
 * findings into an {@link AssessmentReport}.
 *
 * <p>Every requirement of the {@linkplain RequirementCatalogue catalogue} appears in the report: a
 * requirement no rule judges gets a {@link Verdict#NEEDS_AUDITOR_EVIDENCE} finding. A rule that
 * throws, or returns no finding, gets a {@link Verdict#RULE_ERROR} finding for its requirement, and
 * the assessment goes on with the other rules.
 *
 * <p>Immutable, thread-safe.
 */
public final class ConformityAssessment {

  private static final String SERVICE_FILE =
      "META-INF/services/" + RuleProvider.class.getName();

  private final List<ConformityRule> rules;
  private final RequirementCatalogue catalogue;

  private ConformityAssessment(List<ConformityRule> rules, RequirementCatalogue catalogue) {
    this.rules = List.copyOf(rules);
    this.catalogue = catalogue;
  }

  /**
   * An assessment with the rules of every {@link RuleProvider} found: those declared with
   * {@code provides} by named modules, and those listed in
   * {@code META-INF/services/org.cnms.core.conformity.RuleProvider} files visible to the context
   * class loader (a vendor's jar on the class path).
   *
   * @throws IllegalStateException if a listed provider cannot be created
   */
  public static ConformityAssessment discover() {
    Map<String, RuleProvider> providers = new LinkedHashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ConformityAssessment.class.getClassLoader();
    }
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
      providers.putIfAbsent(p.getClass().getName(), p);
    }
    for (String name : listedProviders(loader)) {
      if (!providers.containsKey(name)) {
        providers.put(name, instantiate(name, loader));
      }
    }
    List<ConformityRule> rules = new ArrayList<>();
    providers.values().forEach(p -> rules.addAll(p.rules()));
    return of(rules);
  }

  /** An assessment with exactly the given rules. */
  public static ConformityAssessment of(Collection<? extends ConformityRule> rules) {
    List<ConformityRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(ConformityRule::id));
    Set<String> ids = new LinkedHashSet<>();
    for (ConformityRule r : sorted) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Two conformity rules have the id '" + r.id() + "'");
      }
    }
    return new ConformityAssessment(sorted, RequirementCatalogue.tcas612());
  }

  /** A copy with {@code extra} rules added. */
  public ConformityAssessment withRules(Collection<? extends ConformityRule> extra) {
    List<ConformityRule> all = new ArrayList<>(rules);
    all.addAll(extra);
    return of(all);
  }

  /**
   * A copy without the rules of the given ids: e.g. to switch off the observations on good
   * practice beyond T/CAS 612.
   *
   * @throws IllegalArgumentException if an id names no rule of this assessment
   */
  public ConformityAssessment withoutRules(Collection<String> ruleIds) {
    Set<String> known = new LinkedHashSet<>();
    rules.forEach(r -> known.add(r.id()));
    for (String id : ruleIds) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("No conformity rule has the id '" + id + "'");
      }
    }
    return new ConformityAssessment(rules.stream().filter(r -> !ruleIds.contains(r.id()))
        .toList(), catalogue);
  }

  /** A copy without the rules on good practice beyond T/CAS 612. */
  public ConformityAssessment withoutBeyondTheStandard() {
    return new ConformityAssessment(rules.stream().filter(r -> !r.beyondTheStandard()).toList(),
        catalogue);
  }

  /** The rules, ordered by id. */
  public List<ConformityRule> rules() {
    return rules;
  }

  /**
   * Judges the management system of {@code context}.
   *
   * @param context what to assess, not null
   * @return the report, with at least one finding per requirement of the catalogue
   */
  public AssessmentReport assess(AssessmentContext context) {
    Map<String, List<Finding>> byRequirement = new LinkedHashMap<>();
    for (Requirement r : catalogue.cited()) {
      byRequirement.put(r.id(), new ArrayList<>());
    }
    for (ConformityRule rule : rules) {
      List<Finding> findings;
      Optional<Requirement> cited = catalogue.find(rule.requirementId());
      if (cited.isPresent() && !cited.get().isCited()) {
        findings = List.of(error(rule, "assessment.citesGroup", rule.id(),
            rule.requirementId()));
      } else {
        try {
          findings = rule.evaluate(context);
          if (findings == null || findings.isEmpty()) {
            findings = List.of(error(rule, "assessment.noFinding", rule.id()));
          }
        } catch (RuntimeException | LinkageError e) {
          String reason = e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
          findings = List.of(error(rule, "assessment.ruleFailed", rule.id(), reason));
        }
      }
      for (Finding f : findings) {
        byRequirement.computeIfAbsent(f.requirementId(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Finding> all = new ArrayList<>();
    byRequirement.forEach((id, findings) -> {
      if (findings.isEmpty()) {
        all.add(Finding.builder().requirementId(id).ruleId("catalogue")
            .verdict(Verdict.NEEDS_AUDITOR_EVIDENCE)
            .messageZh(CoreTexts.TEXT.get("assessment.needsEvidence", Locale.CHINESE))
            .messageEn(CoreTexts.TEXT.get("assessment.needsEvidence", Locale.ENGLISH))
            .build());
      } else {
        all.addAll(findings);
      }
    });
    return AssessmentReport.builder()
        .organisationId(context.system().organisation().id())
        .organisationName(context.system().organisation().name())
        .assessedOn(context.assessmentDate())
        .addAllFindings(all)
        .build();
  }

  private static Finding error(ConformityRule rule, String key, Object... arguments) {
    return Finding.of(rule, Verdict.RULE_ERROR,
        CoreTexts.TEXT.format(key, Locale.CHINESE, arguments),
        CoreTexts.TEXT.format(key, Locale.ENGLISH, arguments), List.of());
  }

  private static List<String> listedProviders(ClassLoader loader) {
    List<String> names = new ArrayList<>();
    try {
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        URL url = files.nextElement();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(),
            StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!name.isEmpty()) {
              names.add(name);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SERVICE_FILE, e);
    }
    return names;
  }

  private static RuleProvider instantiate(String name, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(name, true, loader);
      return (RuleProvider) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("Cannot create the conformity rule provider " + name
          + " listed in " + SERVICE_FILE + ": " + e, e);
    }
  }
}
