// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;

/**
 * What reading one row of activity data gave: a record or a problem, never both. A Java bean for
 * Spark's encoder; {@link SparkActivityImport} splits a Dataset of them into records and problems.
 * Mutable, as the encoder requires; not thread-safe.
 */
public final class ImportedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private ActivityRow record;
  private ProblemRow problem;

  /** An empty row, for the bean encoder. */
  public ImportedRow() {}

  static ImportedRow of(ActivityRow record) {
    ImportedRow r = new ImportedRow();
    r.record = record;
    return r;
  }

  static ImportedRow of(ProblemRow problem) {
    ImportedRow r = new ImportedRow();
    r.problem = problem;
    return r;
  }

  /** The record, or null if the row was bad. */
  public ActivityRow getRecord() {
    return record;
  }

  /** Sets the record. */
  public void setRecord(ActivityRow record) {
    this.record = record;
  }

  /** The problem, or null if the row was good. */
  public ProblemRow getProblem() {
    return problem;
  }

  /** Sets the problem. */
  public void setProblem(ProblemRow problem) {
    this.problem = problem;
  }
}
