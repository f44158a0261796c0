package org.cnms.examples.workspace;

/**
 * One problem in one file of a workspace: the file name relative to the workspace, the line (0 if
 * unknown) and a message that says what is wrong.
 *
 * @param file the file, relative to the workspace directory
 * @param line the line, 1-based, or 0 if unknown
 * @param message what is wrong
 */
public record Problem(String file, int line, String message) {

  /** {@code file:line: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
