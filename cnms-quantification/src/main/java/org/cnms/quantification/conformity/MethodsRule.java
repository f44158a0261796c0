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

/**
 * 6.2.2: every source and sink is quantified with a documented method — one that states its
 * parameters and is the current version, not one a later version supersedes.
 */
final class MethodsRule extends AbstractConformityRule {

  MethodsRule() {
    super("quant.6.2.2.methods-documented", "6.2.2");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
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
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
          "没有温室气体源或汇，因而没有选定的量化方法",
          "There is no GHG source or sink, so no quantification method is selected", List.of()));
    }
    List<Finding> problems = new ArrayList<>();
    users.forEach((methodId, ids) -> {
      QuantificationMethod m = s.find(methodId, QuantificationMethod.class).orElseThrow();
      List<String> refs = new ArrayList<>(ids);
      refs.add(0, methodId);
      if (m.parameters().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "量化方法 " + methodId + "（" + m.name() + "）未记录公式参数；使用它的源或汇：" + join(ids),
            "Quantification method " + methodId + " (" + m.name() + ") documents no parameters of"
                + " its formula; it quantifies " + join(ids), refs));
      }
      String newer = supersededBy.get(methodId);
      if (newer != null) {
        refs.add(1, newer);
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "源或汇 " + join(ids) + " 仍使用已被 " + newer + " 替代的量化方法 " + methodId,
            "GHG sources or sinks " + join(ids) + " still use quantification method " + methodId
                + ", which " + newer + " supersedes", refs));
      }
    });
    List<String> methods = List.copyOf(users.keySet());
    return problemsOr(problems, conforms(
        "全部 " + (s.sources().size() + s.sinks().size()) + " 个源和汇均采用现行有效、记录完整的量化方法（"
            + join(methods) + "）",
        "All " + (s.sources().size() + s.sinks().size()) + " sources and sinks are quantified"
            + " with current, documented methods (" + join(methods) + ")", methods));
  }
}
