package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.system.ManagementSystem;

/**
 * 6.2.1: the source and sink register excludes no source, and every category a–f is addressed by
 * a source (or, for category a, a sink) or by a statement of why it has none.
 */
final class SourcesRule extends AbstractConformityRule {

  SourcesRule() {
    super("quant.6.2.1.sources-identified-and-classified", "6.2.1");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    if (s.sources().isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未识别任何温室气体源",
          "No GHG source is identified", List.of()));
    }
    List<Finding> problems = new ArrayList<>();
    Set<EmissionCategory> addressed = EnumSet.noneOf(EmissionCategory.class);
    for (GhgSource src : s.sources()) {
      if (src.excluded()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
            "温室气体源 " + src.id() + "（" + src.name() + "）被排除在清单之外（理由："
                + src.exclusionJustification().orElse("") + "），而标准要求不得排除任何源",
            "GHG source " + src.id() + " (" + src.name() + ") is excluded from the inventory ("
                + src.exclusionJustification().orElse("") + "), but the standard excludes none",
            List.of(src.id())));
      }
      addressed.add(src.category());
    }
    if (!s.sinks().isEmpty()) {
      addressed.add(EmissionCategory.DIRECT);
    }
    List<String> stated = new ArrayList<>();
    for (CategoryStatement c : s.categoryStatements()) {
      if (addressed.add(c.category())) {
        stated.add(c.category().code());
      }
    }
    List<String> missing = new ArrayList<>();
    for (EmissionCategory c : EmissionCategory.values()) {
      if (!addressed.contains(c)) {
        missing.add(c.code() + " " + c.citation());
      }
    }
    if (!missing.isEmpty()) {
      problems.add(finding(Verdict.MINOR_NONCONFORMITY,
          "排放类别 " + join(missing) + " 既无温室气体源，也无未识别源的说明",
          "Emission categories " + join(missing)
              + " have neither a GHG source nor a statement of why they have none",
          List.of(s.organisation().id())));
    }
    List<String> ids = new ArrayList<>();
    s.sources().forEach(x -> ids.add(x.id()));
    s.sinks().forEach(x -> ids.add(x.id()));
    return problemsOr(problems, conforms(
        "已识别温室气体源 " + s.sources().size() + " 个、汇 " + s.sinks().size()
            + " 个，均已分类且无排除；类别 a–f 均已覆盖" + (stated.isEmpty() ? ""
                : "（" + join(stated) + " 以说明覆盖）"),
        s.sources().size() + " GHG sources and " + s.sinks().size() + " sinks are identified and"
            + " classified, none excluded; categories a–f are all addressed" + (stated.isEmpty()
                ? "" : " (" + join(stated) + " by a statement)"), ids));
  }
}
