// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.testing;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerEvent;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.ledger.UnitStatus;
import org.cnms.assets.ledger.LedgerConflictException;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;

/**
 * A writer of random ledger events for the reliability tests: issues of blocks of ten CEA
 * serials, and retirements of 1–5 held units of a block any writer issued, in batches, each
 * batch built against the writer's view of the ledger and retried after a
 * {@link LedgerConflictException} with a fresh view. Serials retired by two writers at once are
 * thus retired once: the second writer's batch conflicts, it reloads, and the units are no longer
 * held.
 */
public final class LedgerWorkload {

  public static final String REGISTRY = "CN-ETS";
  public static final String PREFIX = "CEA-2025";
  static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  private final Ledger ledger;
  private final String writer;
  private final Random random;
  private int nextId;
  private int conflicts;

  /**
   * @param ledger the writer's ledger over a store shared with other writers
   * @param writer the writer's name, a prefix of its event ids and its serial space
   * @param seed the random seed
   */
  public LedgerWorkload(Ledger ledger, String writer, long seed) {
    this.ledger = ledger;
    this.writer = writer;
    this.random = new Random(seed);
  }

  /** The number of conflicts met so far. */
  public int conflicts() {
    return conflicts;
  }

  /**
   * Appends {@code count} events in batches of {@code batch}.
   *
   * @return the number of conflicts met
   */
  public int run(int count, int batch) {
    int done = 0;
    while (done < count) {
      int n = Math.min(batch, count - done);
      while (true) {
        List<LedgerEvent> events = batch(n);
        try {
          ledger.appendAll(events);
          nextId += n;
          break;
        } catch (LedgerConflictException e) {
          conflicts++;
          ledger.refresh();
        }
      }
      done += n;
    }
    return conflicts;
  }

  /** A batch of {@code n} events valid against the writer's view of the ledger. */
  List<LedgerEvent> batch(int n) {
    List<LedgerEvent> out = new ArrayList<>(n);
    Set<Long> used = new HashSet<>();
    List<LedgerEntry> seen = ledger.entries();
    for (int i = 0; i < n; i++) {
      String id = writer + "-" + (nextId + i);
      LedgerEvent retire = seen.isEmpty() || random.nextBoolean() ? null : retire(id, seen, used);
      out.add(retire != null ? retire : issue(id));
    }
    return out;
  }

  private LedgerEvent issue(String id) {
    // a writer's own serials: writer w, event k -> block (hash(w) * 10^9 + k) * 10
    long block = Math.floorMod(writer.hashCode(), 1000) * 1_000_000_000L
        + Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    return Issued.builder().id(id).date(DAY).account("main")
        .block(UnitBlock.builder().type(StandardUnitType.CEA).registry(REGISTRY).vintage(2025)
            .serials(SerialRange.of(PREFIX, block * 10, block * 10 + 9)).build()).build();
  }

  private LedgerEvent retire(String id, List<LedgerEntry> seen, Set<Long> used) {
    for (int attempt = 0; attempt < 4; attempt++) {
      LedgerEntry e = seen.get(random.nextInt(seen.size()));
      if (!(e.event() instanceof Issued is)) {
        continue;
      }
      SerialRange r = is.block().serials();
      if (!used.add(r.start())) {
        continue;
      }
      for (UnitState s : ledger.states(REGISTRY, r)) {
        if (s.status() == UnitStatus.HELD) {
          SerialRange held = s.block().serials();
          SerialRange take = held.first(Math.min(held.size(), 1 + random.nextInt(5)));
          return RetiredForClaim.builder().id(id).date(DAY).registry(REGISTRY).serials(take)
              .beneficiary("Acme").claimPeriod(ReportingPeriod.calendarYear(2025))
              .purpose("neutrality").claimId("claim-2025").build();
        }
      }
    }
    return null;
  }

  /**
   * The class path of this JVM as a child JVM needs it: the class path and, when tests run on
   * the module path, the module path too (the child runs everything from its class path).
   */
  public static String childClassPath() {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {System.getProperty("jdk.module.path"),
        System.getProperty("java.class.path")}) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  /**
   * Starts {@code main} of {@code mainClass} in a child JVM with {@code args}; what it prints
   * (a writer prints its ledger size after each batch) is kept in {@code printed}.
   */
  public static Process startJvm(java.util.concurrent.atomic.AtomicLong printed,
      Class<?> mainClass, String... args) throws java.io.IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    cmd.add("-Xmx256m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(childClassPath());
    cmd.add(mainClass.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Thread reader = new Thread(() -> {
      try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
          p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.matches("\\d+")) {
            printed.set(Long.parseLong(line));
          } else {
            System.err.println("[" + mainClass.getSimpleName() + "] " + line);
          }
        }
      } catch (java.io.IOException e) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    return p;
  }

  /** Waits until the child has printed a size of at least {@code size}, or a minute. */
  public static void awaitPrinted(java.util.concurrent.atomic.AtomicLong printed, long size,
      Process p) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (printed.get() < size && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(10);
    }
  }

  /**
   * The body of a writer JVM: opens the store, appends {@code count} events (or without end if
   * count is negative) in batches of {@code batch}, and exits 0.
   */
  public static void writerMain(Supplier<LedgerStore> opener, String writer, int count, int batch) {
    try (LedgerStore store = opener.get()) {
      Ledger ledger = Ledger.open(store);
      LedgerWorkload w = new LedgerWorkload(ledger, writer, writer.hashCode());
      for (int done = 0; count < 0 || done < count; done += batch) {
        w.run(count < 0 ? batch : Math.min(batch, count - done), batch);
        System.out.println(ledger.size());
      }
    }
  }
}
