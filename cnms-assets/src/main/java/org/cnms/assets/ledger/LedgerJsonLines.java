// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.function.Consumer;
import org.cnms.core.json.CnmsJson;

/**
 * The JSON Lines form of a carbon-asset ledger (T/CAS 612 clauses 6.7 and 7.5.3): one
 * {@link LedgerEntry} per line, in order, each a compact JSON object
 * {@code {"chain":2,"index":…,"previousHash":…,"hash":…,"event":{"type":…,…}}} (entries of chain
 * version 1 have no {@code chain} field). Reading is strict: an unknown field, a missing field or
 * a malformed line is an error that names the line's entry.
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerJsonLines {

  private LedgerJsonLines() {}

  /**
   * One entry as one line of JSON, without the line break.
   *
   * @param entry the entry, not null
   * @return the line
   */
  public static String toLine(LedgerEntry entry) {
    try {
      return ChainHashing.MAPPER.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode ledger entry " + entry.index() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one line written by {@link #toLine}.
   *
   * @param line the line, not null
   * @return the entry
   * @throws IllegalArgumentException if the line is not a ledger entry; the message names the
   *     field and column
   */
  public static LedgerEntry parseLine(String line) {
    try {
      return ChainHashing.MAPPER.readValue(line, LedgerEntry.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          CnmsJson.translate(null, LedgerEntry.class, e).problem(), e);
    }
  }

  /**
   * Writes entries as JSON Lines, each line ended by {@code \n}.
   *
   * @param entries the entries, in order, not null
   * @param out where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<LedgerEntry> entries, Writer out) {
    try {
      for (LedgerEntry e : entries) {
        out.write(toLine(e));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write ledger JSON Lines: " + e.getMessage(), e);
    }
  }

  /**
   * Verifies JSON Lines without replaying the events; an unreadable line is named as the first
   * altered entry.
   *
   * @param in the lines, not null; read to the first problem or the end, not closed
   * @return the verification
   * @throws UncheckedIOException if reading fails
   */
  public static LedgerVerification verify(Reader in) {
    return read(in, e -> { });
  }

  /**
   * Reads JSON Lines, checks each entry's link in the hash chain and hands every intact entry to
   * {@code accept}, in order. Blank lines are skipped. Stops at the first altered or unreadable
   * entry and returns its verification; otherwise the verification of the intact chain.
   *
   * @param in the lines, not null; not closed
   * @param accept receives each intact entry, not null
   * @return the verification
   * @throws UncheckedIOException if reading fails
   */
  public static LedgerVerification read(Reader in, Consumer<LedgerEntry> accept) {
    ChainVerifier v = new ChainVerifier();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        LedgerEntry e;
        try {
          e = parseLine(line);
        } catch (IllegalArgumentException ex) {
          return v.unreadable(ex.getMessage());
        }
        Optional<LedgerVerification> bad = v.accept(e);
        if (bad.isPresent()) {
          return bad.get();
        }
        accept.accept(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger JSON Lines: " + e.getMessage(), e);
    }
    return v.intact();
  }
}
