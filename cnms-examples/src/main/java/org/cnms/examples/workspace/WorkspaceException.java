package org.cnms.examples.workspace;

import java.util.List;
import java.util.stream.Collectors;

/** A workspace that cannot be loaded, with every problem found, not just the first. */
public final class WorkspaceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @param problems the problems, at least one
   */
  public WorkspaceException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A WorkspaceException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }
}
