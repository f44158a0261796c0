// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.util.Objects;

/**
 * One problem in one file of a workspace: the file name relative to the workspace directory, the
 * line (1-based; 0 if unknown) and a sentence saying what is wrong. Immutable, thread-safe.
 *
 * @param file the file, relative to the workspace, with {@code /} as separator
 * @param line the line, 1-based, or 0 if unknown
 * @param message what is wrong
 */
public record Problem(String file, int line, String message) {

  /** The canonical constructor; checks the parts. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("Problem.line must not be negative, but was " + line);
    }
  }

  /** The problem as {@code file:line: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
