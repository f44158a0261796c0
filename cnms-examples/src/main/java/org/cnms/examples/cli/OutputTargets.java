// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks the files a command will write ({@code --out}, {@code --html}) before any work is done:
 * the folder exists and is writable, the file is not a folder, and it is none of the workspace's
 * inputs — {@code workspace.yaml}, {@code system.yaml}, {@code factors.csv}, {@code ledger.jsonl},
 * {@code intensity.csv}, anything under {@code activity/}, {@code footprints/} or {@code erp/},
 * or the ledger file read — whatever the spelling of the path (real paths are compared, symbolic
 * links resolved). A refusal is a usage error.
 */
final class OutputTargets {

  /** The workspace's input files at its top level. */
  static final List<String> INPUT_FILES = List.of("workspace.yaml", "system.yaml", "factors.csv",
      "ledger.jsonl", "intensity.csv");

  /** The workspace's folders of inputs. */
  static final List<String> INPUT_FOLDERS = List.of("activity", "footprints", "erp");

  private OutputTargets() {}

  /**
   * Refuses {@code out} as the output of option {@code option}.
   *
   * @param cmd the command line, for the usage error
   * @param option the option's name, e.g. {@code --out}
   * @param out the file to write, not null
   * @param workspace the workspace directory the command reads, not null
   * @param ledgerFile the ledger file the command reads, if it is a file
   * @throws ParameterException if the file cannot or must not be written
   */
  static void check(CommandLine cmd, String option, Path out, Path workspace,
      @Nullable Path ledgerFile) {
    Path abs = out.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null || Files.isDirectory(abs)) {
      throw new ParameterException(cmd, option + " " + out + ": is a folder; name a file");
    }
    if (!Files.isDirectory(parent)) {
      throw new ParameterException(cmd, option + " " + out + ": the folder " + parent
          + " does not exist");
    }
    if (!Files.isWritable(parent) || Files.exists(abs) && !Files.isWritable(abs)) {
      throw new ParameterException(cmd, option + " " + out + ": cannot be written (the file or"
          + " its folder is read-only)");
    }
    Path target;
    try {
      target = Files.exists(abs) ? abs.toRealPath() : parent.toRealPath().resolve(
          abs.getFileName());
    } catch (IOException e) {
      throw new ParameterException(cmd, option + " " + out + ": " + e.getMessage());
    }
    if (ledgerFile != null && Files.exists(ledgerFile) && same(target, ledgerFile)) {
      throw new ParameterException(cmd, option + " " + out + ": is the ledger the command"
          + " reads; write the output elsewhere");
    }
    if (workspace.getFileSystem() != FileSystems.getDefault() || !Files.isDirectory(workspace)) {
      return;
    }
    Path ws;
    try {
      ws = workspace.toRealPath();
    } catch (IOException e) {
      return;
    }
    if (!target.startsWith(ws)) {
      return;
    }
    Path rel = ws.relativize(target);
    boolean input = rel.getNameCount() > 1 ? INPUT_FOLDERS.contains(rel.getName(0).toString())
        : INPUT_FILES.contains(rel.toString());
    if (input) {
      throw new ParameterException(cmd, option + " " + out + ": would overwrite or add to the"
          + " workspace's input " + rel.toString().replace('\\', '/')
          + "; write the output elsewhere");
    }
  }

  private static boolean same(Path target, Path file) {
    try {
      return target.equals(file.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
