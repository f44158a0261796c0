// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import org.cnms.core.Problem;
import org.cnms.examples.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cnms} command line: reports on an organisation's carbon-neutrality management system
 * under T/CAS 612—2022 from its workspace files — inventory, baseline, target progress, neutrality
 * balance, conformity assessment and the full report with its HTML page.
 *
 * <p>Exit codes: {@value #OK} success; {@value #NEGATIVE} the result is negative (see each
 * command); {@value #USAGE} usage error; {@value #BAD_INPUT} bad input files, one line per problem
 * ({@code file:line: message}); {@value #INTERNAL} internal error.
 */
@Command(name = "cnms", mixinStandardHelpOptions = true,
    version = {"cnms 0.1.0-SNAPSHOT — carbon-neutrality management systems (T/CAS 612—2022)"},
    description = {
        "Reports on an organisation's carbon-neutrality management system (T/CAS 612—2022) from "
            + "its workspace files. Without --dir every command reads the bundled sample "
            + "organisation.",
        "",
        "Start with: cnms report"},
    subcommands = {Commands.Inventory.class, Commands.BaselineCmd.class,
        Commands.ProgressCmd.class, Commands.Balance.class, Commands.Assess.class,
        Commands.Report.class, LedgerCommand.class, ErpImportCommand.class, AuditCommand.class,
        CertificationCommand.class, PactCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the result is negative: assess found a major nonconformity; balance is not "
            + "carbon-neutral; progress has a target missed",
        "2:usage error (unknown command or option, bad option value, a claim to name)",
        "3:bad input files: one line per problem, file:line: message",
        "4:internal error"})
public final class Cnms {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the result is negative (a major nonconformity, not neutral, a target missed). */
  public static final int NEGATIVE = 1;
  /** Exit code: usage error. */
  public static final int USAGE = 2;
  /** Exit code: bad input files. */
  public static final int BAD_INPUT = 3;
  /** Exit code: internal error. */
  public static final int INTERNAL = 4;

  /** Flyway's own progress messages (schema validated, up to date) are not the command's output. */
  private static final java.util.logging.Logger FLYWAY =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private Cnms() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    int code;
    try {
      code = run(out, err, args);
    } catch (Throwable t) {
      code = internalError(t, err);
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine();
    cmd.setOut(out);
    cmd.setErr(err);
    try {
      return cmd.execute(args);
    } catch (Error e) {
      // picocli hands only exceptions to the handler: an OutOfMemoryError or a
      // StackOverflowError ends here, as an internal error, never as exit 1 with a stack trace
      return internalError(e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured picocli command line, for embedding and tests. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(Cnms.class);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler((ex, cl, parseResult) -> handle(ex, cl.getErr()));
    return cmd;
  }

  static int handle(Exception ex, PrintWriter err) {
    if (ex instanceof WorkspaceException w) {
      for (Problem p : w.problems()) {
        err.println(p);
      }
      err.println("cnms: " + w.problems().size() + (w.problems().size() == 1 ? " problem" :
          " problems") + " in the workspace; nothing was computed");
      return BAD_INPUT;
    }
    if (ex instanceof org.cnms.report.ClaimSelectionException) {
      err.println("cnms: " + ex.getMessage());
      return USAGE;
    }
    if (ex instanceof Analysis.NoResultException) {
      err.println("cnms: " + ex.getMessage());
      return BAD_INPUT;
    }
    if (ex instanceof OutputException) {
      err.println("cnms: " + ex.getMessage());
      return INTERNAL;
    }
    if (ex instanceof BadInputException) {
      err.println("cnms: " + ex.getMessage());
      return BAD_INPUT;
    }
    if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
      // a file that is missing, unreadable or not text: the input is bad, cnms is not broken
      Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
      err.println("cnms: cannot read the input: " + describe(io));
      return BAD_INPUT;
    }
    return internalError(ex, err);
  }

  /**
   * An internal error, including any {@link Error} such as {@link OutOfMemoryError}: one line on
   * standard error, the stack trace only with {@code CNMS_DEBUG=1}.
   */
  static int internalError(Throwable t, PrintWriter err) {
    try {
      err.println("cnms: internal error: " + describe(t)
          + (debug() ? "" : " (set CNMS_DEBUG=1 to see the stack trace)"));
      if (debug()) {
        t.printStackTrace(err);
      }
      err.flush();
    } catch (Throwable ignored) {
      // nothing more can be said: the exit code still says it
    }
    return INTERNAL;
  }

  private static boolean debug() {
    String v = System.getenv("CNMS_DEBUG");
    return v != null && !v.isEmpty() && !v.equals("0");
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    if (t instanceof java.nio.file.NoSuchFileException) {
      return m + ": no such file";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return m + ": access denied";
    }
    return t.getClass().getName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  /** An input file that is not a regular file, or cannot be read: exit code 3. */
  static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  /** The output file cannot be written. */
  static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
