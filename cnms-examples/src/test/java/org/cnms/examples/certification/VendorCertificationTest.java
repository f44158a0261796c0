// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.certification.TimingRule;
import org.junit.jupiter.api.Test;

class VendorCertificationTest {

  @Test
  void theBodysProfileAndTable() {
    assertTrue(VendorCertification.profile().source(TimingRule.FIRST_SURVEILLANCE).confirmed());
    assertTrue(VendorCertification.table().allVerified());
    assertEquals(new BigDecimal("7"), VendorCertification.table().rowFor(250).orElseThrow()
        .initialDays());
    List<String> lines = VendorCertification.lines();
    // decided 2025-06-16: first surveillance within 10 months, second in 2027
    assertTrue(lines.get(0).contains("first surveillance by 2026-04-16"), lines.get(0));
    assertTrue(lines.get(0).contains("second by 2027-12-31, expiry 2028-06-15"), lines.get(0));
    // suspended 2026-04-17, withdrawn 3 months later
    assertEquals("withdrawn when surveillance 1 is missed: withdrawn (suspended 2026-04-17,"
        + " withdrawn 2026-07-17)", lines.get(1));
    // 7 d - 10 % = 6.3 -> 6.5; on site 5.2 -> 5.5; 6.5 / 3 = 2.17 -> 2.0; 13 / 3 = 4.33 -> 4.5
    assertTrue(lines.get(2).endsWith("250 personnel -> 7 d, -10 % -> 6.5 d initial, 5.5 d on"
        + " site at least, 2.0 d per surveillance, 4.5 d recertification"), lines.get(2));
  }
}
