// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A table read ahead on a thread of its own: the rows of another table — decoded and parsed there
 * — handed over in batches, in order, so that reading the text and making records of its rows run
 * on two cores. A failure of the table reaches the reader after the rows before it, exactly where
 * the table itself would have thrown it. At most {@value #BATCHES} batches of {@value #ROWS} rows
 * wait, so memory stays bounded. Closing stops the reading thread. Used by one thread.
 */
final class PrefetchTable implements TableSource {

  static final int ROWS = 512;
  static final int BATCHES = 8;

  /** Rows, then possibly the end or a failure. */
  private static final class Batch {
    final int[] lines = new int[ROWS];
    final String[][] fields = new String[ROWS][];
    int size;
    boolean end;
    RuntimeException failure;
    Error error;
  }

  private final TableSource table;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread reader;
  private volatile boolean closed;
  private Batch batch;
  private int index = -1;
  private String[] row;
  private int line;

  PrefetchTable(TableSource table) {
    this.table = table;
    this.reader = new Thread(this::read, "cnms-table-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    Batch b = new Batch();
    try {
      while (!closed) {
        if (!table.next()) {
          b.end = true;
          break;
        }
        b.lines[b.size] = table.line();
        b.fields[b.size] = table.fields();
        if (++b.size == ROWS) {
          queue.put(b);
          b = new Batch();
        }
      }
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      b.failure = e;
    } catch (Error e) {
      b.error = e;
    } finally {
      table.close();
    }
    try {
      queue.put(b);
    } catch (InterruptedException e) {
      // closed while handing over the last batch
    }
  }

  @Override
  public boolean next() {
    while (batch == null || index + 1 >= batch.size) {
      if (batch != null) {
        if (batch.failure != null) {
          throw batch.failure;
        }
        if (batch.error != null) {
          throw batch.error;
        }
        if (batch.end) {
          return false;
        }
      }
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a table", e);
      }
      index = -1;
    }
    index++;
    row = batch.fields[index];
    line = batch.lines[index];
    return true;
  }

  @Override
  public int line() {
    return line;
  }

  @Override
  public int fieldCount() {
    return row.length;
  }

  @Override
  public String field(int i) {
    return i < row.length ? row[i] : "";
  }

  @Override
  public boolean fixedWidth() {
    return table.fixedWidth();
  }

  @Override
  public String sheet() {
    return table.sheet();
  }

  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    queue.clear();
  }
}
