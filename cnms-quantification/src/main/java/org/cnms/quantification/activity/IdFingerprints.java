// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

/**
 * The set of record ids seen by an import, in bounded memory: each id is kept as a 64-bit
 * fingerprint in a primitive open-addressing table (linear probing), split into 4096 segments by
 * the fingerprint's top bits; each segment grows by half when it is four-fifths full, one at a
 * time, so growing never needs two copies of the whole table and no segment becomes one of the
 * garbage collector's huge objects. 8 bytes per slot at a load between 0.53 and 0.8: 10 to 15
 * bytes per id (about 120 MB for 10⁷ ids), against some 100 bytes for a {@code HashSet<String>}.
 *
 * <p>A fingerprint seen again is a duplicate id unless two different ids share a fingerprint; for
 * n ids that happens with a probability below n²/2⁶⁵ (3 × 10⁻⁶ for ten million). The import
 * therefore confirms each hit by a second pass over its files (see {@link ActivityImport}).
 * Not thread-safe.
 */
final class IdFingerprints {

  private static final int SEGMENT_BITS = 12;
  private static final int SEGMENTS = 1 << SEGMENT_BITS;

  private final long[][] tables = new long[SEGMENTS][];
  private final int[] sizes = new int[SEGMENTS];
  private final int initialSlots;
  private long size;

  /** An empty set that grows from the start. */
  IdFingerprints() {
    this(0);
  }

  /**
   * An empty set sized for about {@code expected} ids (at most {@value #MAX_EXPECTED} are
   * allocated ahead), so that reading that many grows no segment: each segment starts with the
   * slots its share of them fills to three quarters.
   *
   * @param expected the ids expected; 0 or less if unknown
   */
  IdFingerprints(long expected) {
    long perSegment = Math.min(Math.max(expected, 0), MAX_EXPECTED) / SEGMENTS;
    this.initialSlots = (int) Math.max(16, perSegment * 4 / 3 + 1);
  }

  /** The most ids a set is sized for ahead: 4,000,000, about 43 MB of slots. */
  static final long MAX_EXPECTED = 4_000_000;

  /**
   * Adds the fingerprint of an id.
   *
   * @return false if the fingerprint was already there
   */
  boolean add(String id) {
    return add(fingerprint(id));
  }

  private boolean add(long fp) {
    int segment = (int) (fp >>> (64 - SEGMENT_BITS));
    long[] t = tables[segment];
    if (t == null) {
      t = new long[initialSlots];
      tables[segment] = t;
    }
    int n = t.length;
    int i = slot(fp, n);
    while (t[i] != 0) {
      if (t[i] == fp) {
        return false;
      }
      if (++i == n) {
        i = 0;
      }
    }
    t[i] = fp;
    size++;
    if (++sizes[segment] * 5L > n * 4L) {
      grow(segment);
    }
    return true;
  }

  /**
   * Adds the fingerprints of a batch of ids: first every slot the batch will probe is read, loads
   * that do not depend on each other, so the processor fetches their cache lines at once instead
   * of one miss after another; then the ids are added in order.
   *
   * @param ids the ids, the first {@code n} used
   * @param n how many
   * @param fresh set for each id: false if its fingerprint was already there
   */
  void addAll(String[] ids, int n, boolean[] fresh) {
    long[] fps = fingerprints;
    long touched = 0;
    for (int j = 0; j < n; j++) {
      long fp = fingerprint(ids[j]);
      fps[j] = fp;
      long[] t = tables[(int) (fp >>> (64 - SEGMENT_BITS))];
      if (t != null) {
        touched += t[slot(fp, t.length)];
      }
    }
    this.touched = touched;
    for (int j = 0; j < n; j++) {
      fresh[j] = add(fps[j]);
    }
  }

  private final long[] fingerprints = new long[BATCH];
  @SuppressWarnings("unused")
  private long touched;

  /** The largest batch of {@link #addAll}. */
  static final int BATCH = 256;

  /** The slot of a fingerprint in a table of n slots: its low 32 bits scaled to n. */
  private static int slot(long fp, int n) {
    return (int) (((fp & 0xFFFFFFFFL) * n) >>> 32);
  }

  /** The number of distinct fingerprints. */
  long size() {
    return size;
  }

  private void grow(int segment) {
    long[] old = tables[segment];
    long[] t = new long[old.length + old.length / 2];
    int n = t.length;
    for (long fp : old) {
      if (fp != 0) {
        int i = slot(fp, n);
        while (t[i] != 0) {
          if (++i == n) {
            i = 0;
          }
        }
        t[i] = fp;
      }
    }
    tables[segment] = t;
  }
  /** A 64-bit fingerprint of the text: FNV-1a over its chars, then MurmurHash3's finaliser. */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    h ^= s.length();
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
