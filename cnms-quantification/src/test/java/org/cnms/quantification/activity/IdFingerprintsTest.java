// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The set of ids an import has seen, filled far beyond the first size of its segments. */
class IdFingerprintsTest {

  // 200,000 ids over 4,096 segments: about 49 each, so every segment grows from 16 slots twice
  private static final int IDS = 200_000;

  @Test
  void everyDistinctIdIsNewOnceAndSeenAfterwardsWhileTheSetGrows() {
    for (IdFingerprints set : new IdFingerprints[] {new IdFingerprints(),
        new IdFingerprints(IDS), new IdFingerprints(-1)}) {
      for (int i = 0; i < IDS; i++) {
        assertTrue(set.add("r" + i), "r" + i);
      }
      assertEquals(IDS, set.size());
      for (int i = 0; i < IDS; i += 7) {
        assertFalse(set.add("r" + i), "r" + i);
      }
      assertEquals(IDS, set.size());
    }
  }

  @Test
  void aBatchMarksExactlyTheIdsSeenBefore() {
    IdFingerprints set = new IdFingerprints();
    String[] ids = new String[IdFingerprints.BATCH];
    boolean[] fresh = new boolean[IdFingerprints.BATCH];
    int seen = 0;
    for (int round = 0; round < 400; round++) {
      for (int j = 0; j < ids.length; j++) {
        // each round repeats the second half of the round before
        ids[j] = "id-" + (round * ids.length / 2 + j);
      }
      set.addAll(ids, ids.length, fresh);
      for (int j = 0; j < ids.length; j++) {
        assertEquals(round == 0 || j >= ids.length / 2, fresh[j], ids[j]);
        if (fresh[j]) {
          seen++;
        }
      }
    }
    assertEquals(seen, set.size());
    assertEquals(400 * IdFingerprints.BATCH / 2 + IdFingerprints.BATCH / 2, seen);
  }

  @Test
  void fingerprintsAreNeverTheEmptySlotAndDifferForNearIds() {
    assertTrue(IdFingerprints.fingerprint("") != 0);
    assertTrue(IdFingerprints.fingerprint("a") != IdFingerprints.fingerprint("b"));
    assertTrue(IdFingerprints.fingerprint("ab") != IdFingerprints.fingerprint("ba"));
    assertTrue(IdFingerprints.fingerprint("a") != IdFingerprints.fingerprint("a\0"));
  }
}
