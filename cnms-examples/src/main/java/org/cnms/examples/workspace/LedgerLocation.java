// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cnms.assets.ledger.store.JsonLinesLedgerStore;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.ledger.jdbc.JdbcLedgerStore;

/**
 * Where a workspace's carbon-asset ledger (T/CAS 612 clause 6.7) is kept: a JSON Lines file
 * ({@code ledger.jsonl}, the default, relative to the workspace) or a database, named by a JDBC URL
 * ({@code jdbc:h2:file:./cnms-ledger}, {@code jdbc:postgresql://db:5432/cnms}) in
 * {@code workspace.yaml} ({@code ledger: …}) or with the command line's {@code --ledger}.
 *
 * <p>Database credentials come from the environment, {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}, never from workspace files: a URL that holds a password is refused.
 */
public final class LedgerLocation {

  /** The environment variable holding the database user. */
  public static final String USER_VARIABLE = "CNMS_LEDGER_USER";
  /** The environment variable holding the database password. */
  public static final String PASSWORD_VARIABLE = "CNMS_LEDGER_PASSWORD";

  private static final Pattern PASSWORD = Pattern.compile("(?i)password\\s*=");

  private final String text;

  private LedgerLocation(String text) {
    this.text = text;
  }

  /**
   * The location written as {@code text}: a JDBC URL if it starts with {@code jdbc:}, else a file
   * path.
   *
   * @param text the location, not blank
   * @return the location
   * @throws IllegalArgumentException if it is blank, or a JDBC URL that holds a password
   */
  public static LedgerLocation parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("A ledger location is a file path or a JDBC URL, but"
          + " was blank");
    }
    LedgerLocation l = new LedgerLocation(t);
    if (l.isJdbc() && PASSWORD.matcher(t).find()) {
      throw new IllegalArgumentException("The ledger URL " + t.replaceAll("(?i)(password\\s*=)"
          + "[^;&]*", "$1***") + " holds a password; database credentials come from the"
          + " environment (" + USER_VARIABLE + ", " + PASSWORD_VARIABLE + "), never from"
          + " workspace files or the command line");
    }
    return l;
  }

  /** Whether the ledger is in a database. */
  public boolean isJdbc() {
    return text.toLowerCase(Locale.ROOT).startsWith("jdbc:");
  }

  /** The file, resolved against {@code base} if relative. */
  public Path file(Path base) {
    return base.resolve(text);
  }

  /**
   * Opens the store: the database (schema created or migrated) with the credentials of the
   * environment, or the JSON Lines file resolved against {@code base}.
   *
   * @param base the directory a relative file path is resolved against, not null
   * @return the store; the caller closes it
   */
  public LedgerStore open(Path base) {
    if (isJdbc()) {
      return JdbcLedgerStore.open(text, System.getenv(USER_VARIABLE),
          System.getenv(PASSWORD_VARIABLE));
    }
    return JsonLinesLedgerStore.open(file(base));
  }

  /** The location as written. */
  @Override
  public String toString() {
    return text;
  }
}
