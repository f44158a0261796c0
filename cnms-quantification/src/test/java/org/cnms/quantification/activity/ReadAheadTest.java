// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cnms.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The import's read-ahead: what the run gives reaches the caller in the run's order, records and
 * problems interleaved as they came, problems on the caller's thread; a failure after the records
 * before it; closing stops the run and closes it.
 */
class ReadAheadTest {

  /** A run of {@code n} records "r0" …, a problem told before every seventh, then perhaps a failure. */
  private static final class Counting implements ReadAhead.Source<String> {
    final int n;
    final Consumer<Problem> sink;
    final RuntimeException failure;
    final Error error;
    final CountDownLatch closed = new CountDownLatch(1);
    int i;

    Counting(int n, Consumer<Problem> sink, RuntimeException failure, Error error) {
      this.n = n;
      this.sink = sink;
      this.failure = failure;
      this.error = error;
    }

    @Override
    public boolean hasNext() {
      if (i == n) {
        if (failure != null) {
          throw failure;
        }
        if (error != null) {
          throw error;
        }
      }
      return i < n;
    }

    @Override
    public String next() {
      if (i % 7 == 0) {
        sink.accept(Problem.at("f.csv", i, "p" + i));
      }
      return "r" + i++;
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  private static List<String> drain(ReadAhead<String> ahead, List<String> seen) {
    while (ahead.hasNext()) {
      seen.add(ahead.next());
    }
    return seen;
  }

  @Test
  void recordsAndProblemsArriveInTheRunsOrderOnTheCallersThread() {
    int n = 5 * ReadAhead.ITEMS * ReadAhead.BATCHES + 3; // more than the queue holds
    List<String> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Counting> runs = new ArrayList<>();
    ReadAhead<String> ahead = new ReadAhead<>(sink -> {
      Counting c = new Counting(n, sink, null, null);
      runs.add(c);
      return c;
    }, p -> {
      assertSame(caller, Thread.currentThread());
      seen.add(p.message());
    });
    drain(ahead, seen);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % 7 == 0) {
        expected.add("p" + i);
      }
      expected.add("r" + i);
    }
    assertEquals(expected, seen);
    assertEquals(0, runs.get(0).closed.getCount());
    assertFalse(ahead.hasNext());
  }

  @Test
  void aFailureComesAfterTheRecordsBeforeIt() {
    IllegalStateException failure = new IllegalStateException("device gone");
    ReadAhead<String> ahead = new ReadAhead<>(sink -> new Counting(1000, sink, failure, null),
        p -> { });
    List<String> seen = new ArrayList<>();
    assertSame(failure, assertThrows(IllegalStateException.class, () -> drain(ahead, seen)));
    assertEquals(1000, seen.size());
    assertEquals("r999", seen.get(999));

    OutOfMemoryError error = new OutOfMemoryError("test");
    ReadAhead<String> failing = new ReadAhead<>(sink -> new Counting(10, sink, null, error),
        p -> { });
    List<String> before = new ArrayList<>();
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> drain(failing, before)));
    assertEquals(10, before.size());
  }

  @Test
  void closingEarlyStopsAndClosesTheRun() throws InterruptedException {
    List<Counting> runs = new ArrayList<>();
    ReadAhead<String> ahead = new ReadAhead<>(sink -> {
      Counting c = new Counting(Integer.MAX_VALUE, sink, null, null);
      synchronized (runs) {
        runs.add(c);
        runs.notifyAll();
      }
      return c;
    }, p -> { });
    assertTrue(ahead.hasNext());
    assertEquals("r0", ahead.next());
    ahead.close();
    Counting run;
    synchronized (runs) {
      run = runs.get(0);
    }
    // the reading thread, blocked on the full queue, is stopped and closes the run
    assertTrue(run.closed.await(1, TimeUnit.MINUTES));
  }
}
