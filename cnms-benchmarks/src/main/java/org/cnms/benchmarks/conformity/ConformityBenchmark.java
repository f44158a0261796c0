// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.conformity;

import java.util.concurrent.TimeUnit;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.rules.CoreRules;
import org.cnms.core.conformity.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessing a management system with every core conformity rule (T/CAS 612 clauses 4 to 10), for
 * generated consistent systems of 1,000 and 10,000 GHG sources. The claim is linear growth: the
 * larger system takes at most 12 times as long as the smaller.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConformityBenchmark {

  @Param({"1000", "10000"})
  public int sources;

  private ConformityAssessment assessment;
  private AssessmentContext context;

  @Setup
  public void setUp() {
    assessment = ConformityAssessment.of(new CoreRules().rules());
    context = AssessmentContext.of(GeneratedSystems.of(sources), GeneratedSystems.ASSESSED_ON);
    AssessmentReport report = assessment.assess(context);
    assessment.rules().forEach(r -> {
      if (report.verdicts().get(r.requirementId()) != Verdict.CONFORMS) {
        throw new IllegalStateException("The generated system of " + sources
            + " sources does not conform to " + r.id() + ": " + report.findingsFor(
                r.requirementId()));
      }
    });
  }

  /** Every core rule on the system. */
  @Benchmark
  public AssessmentReport assess() {
    return assessment.assess(context);
  }
}
