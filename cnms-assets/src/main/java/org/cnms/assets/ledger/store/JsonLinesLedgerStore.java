// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger.store;

import org.cnms.assets.ledger.LedgerConflictException;
import org.cnms.assets.ledger.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerHead;
import org.cnms.assets.ledger.LedgerJsonLines;
import org.cnms.assets.ledger.LedgerTamperedException;

/**
 * A {@link LedgerStore} in a JSON Lines file ({@code ledger.jsonl}), one entry per line as
 * {@link LedgerJsonLines} writes it: the form a verifier reads without cnms.
 *
 * <p><b>Durability.</b> A batch is written with one write at the end of the file and forced to
 * the device before {@link #append} returns. <b>Crashes.</b> A writer killed in the middle of a
 * write leaves at most an incomplete last line (no line break): readers ignore it and the next
 * writer cuts it off, so every entry is either fully in or absent. A batch of several entries may
 * be cut after any complete entry; what stays is still a correctly chained prefix. <b>Several
 * writers</b>, threads or processes: an append holds an exclusive lock on the file (and, within
 * one process, a lock per file), reads what others appended since, and refuses with
 * {@link LedgerConflictException} if the head moved.
 *
 * <p>Thread-safe.
 */
public final class JsonLinesLedgerStore implements LedgerStore {

  private static final ConcurrentHashMap<Path, ReentrantLock> PROCESS_LOCKS =
      new ConcurrentHashMap<>();
  private static final int CHUNK = 1 << 20;

  private final Path path;
  private final FileChannel channel;
  private final ReentrantLock processLock;

  private long[] starts = new long[1024];
  private long[] ends = new long[1024];
  private long size;
  private long end;
  private LedgerHead head = LedgerHead.EMPTY;

  private JsonLinesLedgerStore(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.processLock = PROCESS_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
  }

  /**
   * Opens the JSON Lines file {@code file} as a store, creating it (and its directory) if absent.
   *
   * @param file the file, not null
   * @return the store
   * @throws UncheckedIOException if the file cannot be opened or created
   */
  public static JsonLinesLedgerStore open(Path file) {
    try {
      Path abs = file.toAbsolutePath().normalize();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      return new JsonLinesLedgerStore(abs.toRealPath(), ch);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open ledger file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file. */
  public Path path() {
    return path;
  }

  @Override
  public synchronized LedgerHead head() {
    sync(false);
    return head;
  }

  @Override
  public synchronized List<LedgerEntry> read(long from, int max) {
    if (from < 0 || max < 1) {
      throw new IllegalArgumentException("Cannot read " + max + " entries from index " + from);
    }
    sync(false);
    if (from >= size) {
      return List.of();
    }
    int n = (int) Math.min(max, size - from);
    long first = starts[(int) from];
    long last = ends[(int) from + n - 1];
    String text = new String(readBytes(first, last), StandardCharsets.UTF_8);
    List<LedgerEntry> out = new ArrayList<>(n);
    long index = from;
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      out.add(parse(line, index++));
    }
    return out;
  }

  @Override
  public synchronized LedgerHead append(LedgerHead expected, List<LedgerEntry> entries) {
    processLock.lock();
    try (FileLock lock = channel.lock()) {
      sync(true);
      if (!head.equals(expected)) {
        throw new LedgerConflictException(location(), expected, head);
      }
      LedgerStore.checkBatch(expected, entries);
      StringBuilder b = new StringBuilder(entries.size() * 512);
      for (LedgerEntry e : entries) {
        b.append(LedgerJsonLines.toLine(e)).append('\n');
      }
      ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
      long pos = end;
      while (buf.hasRemaining()) {
        pos += channel.write(buf, pos);
      }
      channel.force(false);
      sync(false);
      return head;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to ledger file " + path + ": "
          + e.getMessage(), e);
    } finally {
      processLock.unlock();
    }
  }

  @Override
  public String location() {
    return path.toString();
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close ledger file " + path, e);
    }
  }

  /**
   * Reads the complete lines appended since the last look. With {@code repair} (only under the
   * exclusive lock) an incomplete last line, left by a writer that crashed, is cut off.
   */
  private void sync(boolean repair) {
    try {
      long fileSize = channel.size();
      long pos = end;
      long lineStart = end;
      long lastStart = -1;
      long lastEnd = -1;
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, fileSize - pos)));
      while (pos < fileSize) {
        buf.clear();
        int r = channel.read(buf, pos);
        if (r <= 0) {
          break;
        }
        for (int i = 0; i < r; i++) {
          if (buf.get(i) == '\n') {
            long lineEnd = pos + i;
            if (lineEnd > lineStart && !blank(lineStart, lineEnd)) {
              record(lineStart, lineEnd);
              lastStart = lineStart;
              lastEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
          }
        }
        pos += r;
      }
      end = lineStart;
      if (lastStart >= 0) {
        String line = new String(readBytes(lastStart, lastEnd), StandardCharsets.UTF_8);
        head = LedgerHead.after(parse(line, size - 1));
      }
      if (repair && fileSize > end) {
        channel.truncate(end);
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger file " + path + ": " + e.getMessage(), e);
    }
  }

  private boolean blank(long from, long to) throws IOException {
    if (to - from > 8) {
      return false;
    }
    return new String(readBytes(from, to), StandardCharsets.UTF_8).isBlank();
  }

  private void record(long start, long lineEnd) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    starts[(int) size] = start;
    ends[(int) size] = lineEnd;
    size++;
  }

  private byte[] readBytes(long from, long to) {
    try {
      ByteBuffer b = ByteBuffer.allocate((int) (to - from));
      long pos = from;
      while (b.hasRemaining()) {
        int r = channel.read(b, pos);
        if (r < 0) {
          throw new IOException("unexpected end of file at byte " + pos);
        }
        pos += r;
      }
      return b.array();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger file " + path + ": " + e.getMessage(), e);
    }
  }

  private LedgerEntry parse(String line, long index) {
    try {
      return LedgerJsonLines.parseLine(line);
    } catch (IllegalArgumentException e) {
      throw new LedgerTamperedException(index, null, "Entry " + index + " was altered: it cannot"
          + " be read: " + e.getMessage());
    }
  }
}
