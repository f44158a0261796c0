// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger.store;

import org.cnms.assets.ledger.LedgerStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerTamperedException;
import org.cnms.assets.testing.LedgerStoreContract;
import org.cnms.assets.testing.LedgerWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, and the reliability tests, on a JSON Lines file. */
class JsonLinesLedgerStoreTest extends LedgerStoreContract {

  @TempDir
  Path dir;
  private int files;

  @Override
  protected LedgerStore newStore() {
    return JsonLinesLedgerStore.open(dir.resolve("ledger-" + (files++) + ".jsonl"));
  }

  @Override
  protected LedgerStore reopen(LedgerStore store) {
    return JsonLinesLedgerStore.open(((JsonLinesLedgerStore) store).path());
  }

  /** A writer JVM: {@code main(file, writer, count, batch)}. */
  public static final class Writer {
    public static void main(String[] args) {
      LedgerWorkload.writerMain(() -> JsonLinesLedgerStore.open(Path.of(args[0])), args[1],
          Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
  }

  /** A ledger file of {@code n} workload events. */
  private Path ledgerFile(int n) {
    Path file = dir.resolve("tamper-" + (files++) + ".jsonl");
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      new LedgerWorkload(Ledger.open(s), "w", 7).run(n, 10);
    }
    return file;
  }

  private static List<String> lines(Path file) throws Exception {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static void write(Path file, List<String> lines) throws Exception {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static LedgerTamperedException openTampered(Path file) {
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      return assertThrows(LedgerTamperedException.class, () -> Ledger.open(s));
    }
  }

  @Test
  void anEditedLineIsNamed() throws Exception {
    Path file = ledgerFile(40);
    List<String> l = lines(file);
    String id = l.get(17).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    l.set(17, l.get(17).replace("\"date\":\"2025-06-01\"", "\"date\":\"2025-06-02\""));
    write(file, l);
    LedgerTamperedException e = openTampered(file);
    assertEquals(17, e.index());
    assertEquals(id, e.eventId().orElseThrow());
    assertTrue(e.getMessage().startsWith("Entry 17 (event " + id + ") was altered: its content"
        + " does not match its hash"), e.getMessage());
  }

  @Test
  void aDeletedLineIsNamed() throws Exception {
    Path file = ledgerFile(40);
    List<String> l = lines(file);
    l.remove(25);
    write(file, l);
    LedgerTamperedException e = openTampered(file);
    assertEquals(25, e.index());
    assertTrue(e.getMessage().contains("its index is 26 but it is entry 25"), e.getMessage());
  }

  @Test
  void twoSwappedLinesAreNamed() throws Exception {
    Path file = ledgerFile(40);
    List<String> l = lines(file);
    String a = l.get(10);
    l.set(10, l.get(11));
    l.set(11, a);
    write(file, l);
    assertEquals(10, openTampered(file).index());
  }

  @Test
  void anUnreadableLineIsNamed() throws Exception {
    Path file = ledgerFile(20);
    List<String> l = lines(file);
    l.set(5, l.get(5).replace("\"event\":{", "\"event\":["));
    write(file, l);
    LedgerTamperedException e = openTampered(file);
    assertEquals(5, e.index());
    assertTrue(e.getMessage().startsWith("Entry 5 was altered: it cannot be read"),
        e.getMessage());
  }

  @Test
  void blankLinesOfUpToEightCharactersAreSkipped() throws Exception {
    Path file = ledgerFile(12);
    List<String> l = lines(file);
    l.add(3, "");
    l.add(6, "        ");
    l.add(9, " \t\r");
    write(file, l);
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      Ledger back = Ledger.open(s);
      assertEquals(12, back.size());
      assertTrue(back.verify().intact());
      assertEquals(back.entries().subList(2, 8), s.read(2, 6));
    }
  }

  @Test
  void aShortJunkLineIsAnUnreadableEntryNotABlankOne() throws Exception {
    Path file = ledgerFile(6);
    List<String> l = lines(file);
    l.add(3, "{}");
    write(file, l);
    LedgerTamperedException e = openTampered(file);
    assertEquals(3, e.index());
    assertTrue(e.getMessage().startsWith("Entry 3 was altered: it cannot be read"),
        e.getMessage());
  }

  @Test
  void anUnreadableLastLineIsNamedByItsIndex() throws Exception {
    Path file = ledgerFile(8);
    List<String> l = lines(file);
    l.set(7, l.get(7).replace("\"event\":{", "\"event\":["));
    write(file, l);
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      LedgerTamperedException e = assertThrows(LedgerTamperedException.class, s::head);
      assertEquals(7, e.index());
    }
  }

  @Test
  void aLongTornLastLineIsCutOffBeforeTheNextAppend() throws Exception {
    Path file = ledgerFile(5);
    long complete = Files.size(file);
    Files.writeString(file, "{\"chain\":2," + "x".repeat(20_000), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      Ledger l = Ledger.open(s);
      assertEquals(5, l.size());
      new LedgerWorkload(l, "after", 3).run(1, 1);
      List<String> back = lines(file);
      assertEquals(6, back.size());
      assertEquals(complete + back.get(5).getBytes(StandardCharsets.UTF_8).length + 1,
          Files.size(file));
    }
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      assertTrue(Ledger.open(s).verify().intact());
    }
  }

  @Test
  void theStoreOpensInANewDirectoryAndNamesItsFile() throws Exception {
    Path file = dir.resolve("new/sub/ledger.jsonl");
    JsonLinesLedgerStore s = JsonLinesLedgerStore.open(file);
    try (s) {
      assertEquals(file.toRealPath(), s.path());
      assertEquals(file.toRealPath().toString(), s.location());
      assertEquals(0, s.head().size());
    }
    // closed: the file is released and the store cannot be used any more
    var e = assertThrows(java.io.UncheckedIOException.class, s::head);
    assertTrue(e.getMessage().startsWith("Cannot read ledger file " + file.toRealPath()),
        e.getMessage());
  }

  /**
   * A writer JVM killed with SIGKILL while appending: the file reopens consistent (an incomplete
   * last line is ignored, then cut off by the next writer), every entry fully in or absent.
   */
  @Test
  void aWriterKilledWhileAppendingLeavesAConsistentFile() throws Exception {
    Path file = dir.resolve("crash.jsonl");
    AtomicLong printed = new AtomicLong();
    Process p = LedgerWorkload.startJvm(printed, Writer.class, file.toString(), "crasher", "-1",
        "5");
    LedgerWorkload.awaitPrinted(printed, 300, p);
    assertTrue(p.isAlive(), "the writer JVM stopped before it was killed");
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    // simulate the worst moment too: a torn last line
    Files.writeString(file, "{\"chain\":2,\"index\":", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      Ledger l = Ledger.open(s);
      assertTrue(l.size() >= 300);
      assertTrue(l.verify().intact());
      long before = l.size();
      new LedgerWorkload(l, "after", 3).run(10, 5);
      assertEquals(before + 10, s.head().size());
    }
    assertTrue(Files.readString(file).endsWith("}\n"));
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      assertTrue(Ledger.open(s).verify().intact());
    }
  }

  /** Two writer JVMs append 10,000 events each to one file. */
  @Test
  void twoWriterJvmsAppendTenThousandEventsEach() throws Exception {
    Path file = dir.resolve("two-jvms.jsonl");
    Process a = LedgerWorkload.startJvm(new AtomicLong(), Writer.class, file.toString(), "j1",
        "10000", "100");
    Process b = LedgerWorkload.startJvm(new AtomicLong(), Writer.class, file.toString(), "j2",
        "10000", "100");
    assertTrue(a.waitFor(4, TimeUnit.MINUTES));
    assertTrue(b.waitFor(4, TimeUnit.MINUTES));
    assertEquals(0, a.exitValue());
    assertEquals(0, b.exitValue());
    try (LedgerStore s = JsonLinesLedgerStore.open(file)) {
      assertTwoWritersOutcome(Ledger.open(s), 10_000, "j1", "j2");
    }
  }
}
