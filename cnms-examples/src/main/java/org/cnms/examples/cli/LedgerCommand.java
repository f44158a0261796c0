// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.examples.workspace.LedgerLocation;
import org.cnms.examples.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cnms ledger}: the carbon-asset ledger (T/CAS 612 clause 6.7) in its stores — copy a
 * JSON Lines ledger into a database, verify a ledger wherever it is kept.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = "The carbon-asset ledger in its stores: import a JSON Lines ledger into a "
        + "database, verify a ledger.",
    subcommands = {LedgerCommand.Import.class, LedgerCommand.Verify.class,
        CommandLine.HelpCommand.class})
final class LedgerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cnms.USAGE;
  }

  /** The location given with {@code --ledger}, or null; a bad one is a usage error. */
  static @Nullable LedgerLocation location(CommandSpec spec, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return LedgerLocation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Refuses a ledger file that exists but is not a regular file (a device such as /dev/zero, a
   * named pipe, or a link to one), which would be read without end.
   */
  static void requireRegularFile(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new Cnms.BadInputException(file + ": not a regular file (a device, a named pipe or a"
          + " link to one); it is not read");
    }
  }

  private static Cnms.BadInputException notText(Path file) {
    return new Cnms.BadInputException(file + ": not UTF-8 text; a ledger is JSON Lines in UTF-8");
  }

  /** The workspace's JSON Lines ledger: {@code --dir}'s, or the bundled sample's. */
  static Path workspaceLedger(@Nullable Path dir) {
    return (dir == null ? Workspace.sampleDirectory() : dir).resolve("ledger.jsonl");
  }

  static int refused(PrintWriter err, String location, RuntimeException e) {
    err.println("cnms: the ledger " + location + " was refused: " + e.getMessage());
    return Cnms.BAD_INPUT;
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Copies a JSON Lines ledger into an empty store (a database), verifying "
          + "the hash chain and replaying every event through the ledger rules as it reads, "
          + "then verifies the store by opening it again. Entries keep their hashes.",
          "Example: cnms ledger import --to jdbc:h2:file:./cnms-ledger"})
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "PATH",
        description = "The workspace whose ledger.jsonl is imported (default: the sample).")
    @Nullable Path dir;

    @Option(names = "--from", paramLabel = "FILE",
        description = "The JSON Lines ledger to import (default: the workspace's ledger.jsonl).")
    @Nullable Path from;

    @Option(names = "--to", paramLabel = "LOCATION", required = true,
        description = "The store: a JDBC URL (credentials from CNMS_LEDGER_USER and "
            + "CNMS_LEDGER_PASSWORD) or a new JSON Lines file.")
    String to = "";

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LedgerLocation target = location(spec, to);
      Path source = from != null ? from : workspaceLedger(dir);
      requireRegularFile(source);
      Ledger imported;
      try (LedgerStore store = target.open(Path.of("").toAbsolutePath());
          Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
        imported = Ledger.importJsonLines(in, store);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw notText(source);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause() instanceof java.nio.charset.CharacterCodingException ? notText(source)
            : e;
      } catch (IllegalArgumentException | IllegalStateException e) {
        // LedgerTamperedException, LedgerRuleException, a database that cannot be reached
        return refused(err, source.toString(), e);
      }
      try (LedgerStore store = target.open(Path.of("").toAbsolutePath())) {
        Ledger reopened = Ledger.open(store);
        if (!reopened.head().equals(imported.head())) {
          err.println("cnms: " + target + " holds " + reopened.head() + " after the import of "
              + imported.head());
          return Cnms.BAD_INPUT;
        }
      } catch (IllegalStateException e) {
        // LedgerTamperedException, LedgerRuleException, a database that cannot be reached
        return refused(err, target.toString(), e);
      }
      out.println("Imported " + imported.size() + " entries from " + source + " into " + target
          + "; verified: chain intact, every event replayed, head " + imported.headHash());
      return Cnms.OK;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Verifies a ledger: recomputes its hash chain and replays every event "
          + "through the ledger rules. Exit code 3 names the first altered entry or broken rule.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "PATH",
        description = "The workspace whose ledger.jsonl is verified (default: the sample).")
    @Nullable Path dir;

    @Option(names = "--ledger", paramLabel = "LOCATION",
        description = "The ledger to verify instead: a JSON Lines file or a JDBC URL.")
    @Nullable String ledger;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      LedgerLocation location = location(spec, ledger);
      Ledger l;
      String name;
      try {
        if (location != null && location.isJdbc()) {
          name = location.toString();
          try (LedgerStore store = location.open(Path.of("").toAbsolutePath())) {
            l = Ledger.open(store);
          }
        } else {
          Path file = location != null ? location.file(Path.of("").toAbsolutePath())
              : workspaceLedger(dir);
          name = file.toString();
          requireRegularFile(file);
          try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            l = Ledger.importJsonLines(in);
          } catch (java.nio.charset.CharacterCodingException e) {
            throw notText(file);
          } catch (java.io.UncheckedIOException e) {
            throw e.getCause() instanceof java.nio.charset.CharacterCodingException ? notText(file)
                : e;
          }
        }
      } catch (IllegalStateException e) {
        // LedgerTamperedException, LedgerRuleException, a database that cannot be reached
        return refused(err, location != null ? location.toString() : "", e);
      }
      out.println(name + ": " + l.size() + " entries, chain intact, every event keeps the ledger"
          + " rules; head " + l.headHash());
      return Cnms.OK;
    }
  }
}
