// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.util.List;
import java.util.stream.Collectors;
import org.cnms.core.Problem;

/**
 * Thrown when a workspace cannot be loaded: it lists every problem found in every file, each with
 * its file and line, not just the first.
 */
public final class WorkspaceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * @param problems the problems, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public WorkspaceException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A WorkspaceException needs at least one problem");
    }
    return problems.size() + " problem(s) in the workspace:\n" + problems.stream()
        .map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** Every problem found, in the order the files were read. */
  public List<Problem> problems() {
    return problems;
  }
}
