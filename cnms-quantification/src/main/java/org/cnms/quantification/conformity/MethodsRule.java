// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 6.2.2: every source and sink is quantified with a selected method that is the current version,
 * not one a later version supersedes (—1); the method is documented with the parameters of its
 * formula (—2); and the technical feasibility and cost weighed in selecting it are recorded as its
 * selection rationale (—3).
 */
final class MethodsRule extends AbstractConformityRule {

  MethodsRule() {
    super("quant.6.2.2.methods-documented", "6.2.2", QuantificationTexts.TEXT,
        List.of("—1", "—2", "—3"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    String id = id();
    Map<String, String> supersededBy = new HashMap<>();
    for (QuantificationMethod m : s.methods()) {
      m.supersedes().ifPresent(old -> supersededBy.put(old, m.id()));
    }
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (GhgSource src : s.sources()) {
      users.computeIfAbsent(src.methodId(), k -> new ArrayList<>()).add(src.id());
    }
    for (GhgSink sink : s.sinks()) {
      users.computeIfAbsent(sink.methodId(), k -> new ArrayList<>()).add(sink.id());
    }
    if (users.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
          .withItems(List.of("—1")));
    }
    List<Finding> problems = new ArrayList<>();
    users.forEach((methodId, ids) -> {
      QuantificationMethod m = s.find(methodId, QuantificationMethod.class).orElseThrow();
      List<String> refs = new ArrayList<>(ids);
      refs.add(0, methodId);
      String newer = supersededBy.get(methodId);
      if (newer != null) {
        List<String> withNewer = new ArrayList<>(refs);
        withNewer.add(1, newer);
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".superseded", withNewer,
            join(ids), methodId, newer).withItems(List.of("—1")));
      }
      if (m.parameters().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-parameters", refs,
            methodId, m.name(), join(ids)).withItems(List.of("—2")));
      }
      if (m.selectionRationale().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-rationale", refs,
            methodId, m.name()).withItems(List.of("—3")));
      }
    });
    List<String> methods = List.copyOf(users.keySet());
    return problemsOr(problems, conforms(id + ".conforms", methods,
        String.valueOf(s.sources().size() + s.sinks().size()), join(methods)));
  }
}
