// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cnms.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * An import run on a thread of its own: its records (as the caller wants them) and its problems
 * handed over in batches, in the order the run gave them, so that making records of rows and what
 * the caller does with them run on two cores (and the parsing of the text, read ahead by {@link
 * PrefetchTable}, on a third thread). The problems reach the caller's sink on the caller's thread,
 * each just where it came among the records; a failure of the run (an {@link
 * java.io.UncheckedIOException}, an {@link ArithmeticException} …, or an {@link Error}) reaches
 * the caller after the records before it, as the run itself would have thrown it. At most {@value
 * #BATCHES} batches of {@value #ITEMS} items wait, so memory stays bounded. The thread starts on
 * the first {@link #hasNext}; {@link #close} stops it and closes the run. Used by one thread.
 *
 * @param <T> what each record is handed over as
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

  static final int ITEMS = 512;
  static final int BATCHES = 8;

  /** Records and problems, then possibly the end or a failure. */
  private static final class Batch {
    final Object[] items = new Object[ITEMS];
    int size;
    boolean end;
    @Nullable RuntimeException failure;
    @Nullable Error error;
  }

  /** A problem among the items (records are never of this type). */
  private record Told(Problem problem) {}

  /** The run, given the sink of its problems. */
  interface Source<R> extends Iterator<R>, AutoCloseable {
    @Override
    void close();
  }

  private final Function<Consumer<Problem>, Source<?>> open;
  private final Consumer<Problem> sink;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private @Nullable Thread reader;
  private volatile boolean closed;
  private @Nullable Batch batch;
  private int index;
  private @Nullable T next;

  /**
   * @param open makes the run, given the sink its problems go to (called on the reading thread)
   * @param sink the caller's sink, called on the caller's thread
   */
  ReadAhead(Function<Consumer<Problem>, Source<?>> open, Consumer<Problem> sink) {
    this.open = open;
    this.sink = sink;
  }

  private void read() {
    Batch[] current = {new Batch()};
    Source<?> run = null;
    try {
      run = open.apply(p -> add(current, new Told(p)));
      while (!closed && run.hasNext()) {
        add(current, run.next());
      }
      current[0].end = true;
    } catch (Interrupted e) {
      return;
    } catch (RuntimeException e) {
      current[0].failure = e;
    } catch (Error e) {
      current[0].error = e;
    } finally {
      if (run != null) {
        run.close();
      }
    }
    try {
      queue.put(current[0]);
    } catch (InterruptedException e) {
      // closed while handing over the last batch
    }
  }

  /** Thrown on the reading thread when it is stopped while handing over a batch. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super(null, null, false, false);
    }
  }

  private void add(Batch[] current, Object item) {
    Batch b = current[0];
    b.items[b.size++] = item;
    if (b.size == ITEMS) {
      try {
        queue.put(b);
      } catch (InterruptedException e) {
        throw new Interrupted();
      }
      current[0] = new Batch();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean hasNext() {
    if (reader == null) {
      Thread t = new Thread(this::read, "cnms-import");
      t.setDaemon(true);
      reader = t;
      t.start();
    }
    while (next == null) {
      Batch b = batch;
      if (b == null || index == b.size) {
        if (b != null) {
          if (b.failure != null) {
            throw b.failure;
          }
          if (b.error != null) {
            throw b.error;
          }
          if (b.end) {
            return false;
          }
        }
        try {
          batch = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading activity data", e);
        }
        index = 0;
        continue;
      }
      Object item = b.items[index];
      b.items[index++] = null;
      if (item instanceof Told told) {
        sink.accept(told.problem());
      } else {
        next = (T) item;
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = next;
    next = null;
    return t;
  }

  @Override
  public void close() {
    closed = true;
    Thread t = reader;
    if (t != null) {
      t.interrupt();
    }
    queue.clear();
  }
}
