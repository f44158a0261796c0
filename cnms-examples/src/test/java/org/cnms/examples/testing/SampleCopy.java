// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cnms.examples.workspace.Workspace;

/** Copies the bundled sample workspace into a directory, to run the CLI and the loader on files. */
public final class SampleCopy {

  private SampleCopy() {}

  /** The sample's folder on the test class path (target/classes). */
  public static Path sampleDirectory() {
    return Workspace.sampleDirectory();
  }

  /** A copy of the sample in {@code target}, which is created. */
  public static Path copyTo(Path target) {
    Path from = sampleDirectory();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
