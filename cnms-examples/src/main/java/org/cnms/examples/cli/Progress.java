// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress of a run on stderr: one line per step with what it counted and how long it took, so a
 * long run on a large workspace shows what it is doing. Silent when quiet.
 */
final class Progress {

  private final PrintWriter err;
  private final boolean quiet;
  private int depth;
  private boolean lineOpen;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Runs {@code work}, printing {@code what} before and its summary after. */
  <T> T step(String what, Supplier<T> work, java.util.function.Function<T, String> summary) {
    long start = System.nanoTime();
    String indent = "  ".repeat(depth);
    if (!quiet) {
      breakLine();
      err.print("cnms: " + indent + what + " … ");
      err.flush();
      lineOpen = true;
    }
    T result;
    depth++;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      end(indent, what, "failed");
      throw e;
    } finally {
      depth--;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    end(indent, what, summary.apply(result)
        + String.format(Locale.ROOT, " (%.1f s)", ms / 1000.0));
    return result;
  }

  private void end(String indent, String what, String text) {
    if (quiet) {
      return;
    }
    if (!lineOpen) {
      err.print("cnms: " + indent + what + " … ");
    }
    err.println(text);
    err.flush();
    lineOpen = false;
  }

  private void breakLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  /** A note on stderr. */
  void note(String text) {
    if (!quiet) {
      breakLine();
      err.println("cnms: " + text);
      err.flush();
    }
  }
}
