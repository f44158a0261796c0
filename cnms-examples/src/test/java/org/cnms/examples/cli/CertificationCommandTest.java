// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code cnms certification} on the bundled sample. */
class CertificationCommandTest {

  record Run(int code, String out, String err) {}

  static Run cnms(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cnms.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theSamplesFullCycleUnderIso17021() {
    Run r = cnms("certification");
    assertEquals(Cnms.OK, r.code(), r.err());
    String o = r.out();
    // stage 2 ends on the sample's assessment date 2026-03-31; the decision 65 days later
    assertTrue(o.contains("2026-02-14  stage 1 audit"), o);
    assertTrue(o.contains("2026-03-31  stage 2 audit ends: the judge made"), o);
    assertTrue(o.contains("2026-06-04  certification decision: certify"), o);
    // valid three years less a day; surveillance 1 within 12 months, a month early
    assertTrue(o.contains("certificate issued, valid until 2029-06-03; first surveillance due by"
        + " 2027-06-04"), o);
    assertTrue(o.contains("2027-05-04  surveillance audit 1 (deadline 2027-06-04)"), o);
    // surveillance 2 in the calendar year 2028
    assertTrue(o.contains("2028-11-30  surveillance audit 2 (deadline 2028-12-31)"), o);
    assertTrue(o.contains("2029-04-03  recertification decision (deadline 2029-06-03)"), o);
    assertTrue(o.contains("active (有效), valid until 2029-06-03"), o);
    // 18 months after the decision: surveillance 2 is due
    assertTrue(o.contains("On 2027-12-04:\n  surveillance audit 2 by 2028-12-31: due"), o);
    assertTrue(o.contains("the audit's nonconformities: 1 major, 2 minor"), o);
    // certifying the day after stage 2, with the major open, would be a finding
    assertTrue(o.contains("2026-04-01    (a decision to certify on this day would be a finding: "
        + "Certification was decided on 2026-04-01 while the major nonconformities NC-001 were"
        + " open.)"), o);
    assertTrue(o.contains("2026-04-30  NC-001 closed: correction and corrective action verified"
        + " (on site)"), o);
    assertTrue(o.contains("initial certification MD 1: 7 sites + the central function, 2 of them"
        + " at random; MD 5: central 7.0 d + 7 x at least 1.5 d (3.0 d at half time) = at least"
        + " 17.5 d"), o);
    assertTrue(o.contains("2026-04-01  NC-003 withdrawn"), o);
    assertTrue(o.contains("2026-05-30  NC-002 closed: correction and corrective action verified"
        + " (on documents)"), o);
    assertTrue(o.contains("at least 12 sites per surveillance year"), o);
  }

  @Test
  void theChineseProfileInChineseWithJson() throws Exception {
    Run r = cnms("certification", "--profile", "cn", "--lang", "zh", "--json",
        "--on", "2027-06-12");
    assertEquals(Cnms.OK, r.code(), r.err());
    String o = r.out();
    // issued 7 days after the decision; counted from the issue date
    assertTrue(o.contains("2026-06-11  certificate issued, valid until 2029-06-10"), o);
    // at most 12 months after surveillance 1 (2027-05-11)
    assertTrue(o.contains("2028-04-11  surveillance audit 2 (deadline 2028-05-11)"), o);
    assertTrue(o.contains("证书颁发日") || o.contains("周期起算日"), o);
    // what is due is listed for the day asked, not 18 months after the decision
    assertTrue(o.contains("On 2027-06-12:"), o);
    assertFalse(o.contains("On 2027-12-04:"), o);
    JsonNode json = new ObjectMapper().readTree(o.substring(o.lastIndexOf("\n{") + 1));
    assertEquals("有效", json.get("stateZh").asText());
    assertEquals("2029-06-10", json.get("expiresOn").asText());
  }

  @Test
  void aBadProfileIsAUsageError() {
    assertEquals(Cnms.USAGE, cnms("certification", "--profile", "xx").code());
  }
}
