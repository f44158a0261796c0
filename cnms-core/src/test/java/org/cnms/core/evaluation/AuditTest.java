// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class AuditTest {

  private static final LocalDate MAY_6 = LocalDate.of(2025, 5, 6);

  private static AuditProgramme.Builder programme() {
    return AuditProgramme.builder().id("AP-2025").cycle(ReportingPeriod.calendarYear(2025))
        .frequencyMonths(12).methods("现场审核、文件审查").responsibilities("管理者代表组织");
  }

  private static Audit.Builder audit() {
    return Audit.builder().id("IA-2025-1").programmeId("AP-2025").conductedOn(MAY_6)
        .criteria("T/CAS 612—2022").addScopeClauses("6", "9.1.3");
  }

  @Test
  void plannedClausesMustBeClauseNumbers() {
    for (String bad : List.of("6.2.", "A.1", "", "6 2", ".4")) {
      var e = assertThrows(IllegalArgumentException.class,
          () -> programme().addPlannedClause(bad).build());
      assertEquals("AuditProgramme.plannedClauses must be a clause number such as 4.1 or 6.2.1,"
          + " but was '" + bad + "'", e.getMessage());
    }
    var e = assertThrows(IllegalArgumentException.class,
        () -> programme().addPlannedClauses("4.1", "4.1").build());
    assertEquals("AuditProgramme.plannedClauses holds '4.1' twice", e.getMessage());
  }

  @Test
  void aClauseCoversItsSubClausesOnly() {
    AuditProgramme p = programme().addPlannedClauses("4", "6.2", "9.3.2").build();
    assertTrue(p.plansClause("4.2"));
    assertTrue(p.plansClause("6.2.1"));
    assertTrue(p.plansClause("6.2"));
    assertFalse(p.plansClause("6.20"));
    assertFalse(p.plansClause("6"));
    assertFalse(p.plansClause("9.1.3"));
    Audit a = audit().addAuditorPersonId("p-1").build();
    assertTrue(a.covers("6.6.1"));
    assertTrue(a.covers("9.1.3"));
    assertFalse(a.covers("9.1"));
  }

  @Test
  void programmeFrequencyMustBePositive() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> programme().build().withFrequencyMonths(-6));
    assertEquals("AuditProgramme.frequencyMonths of AP-2025 must be above 0, but was -6",
        e.getMessage());
  }

  @Test
  void anAuditNeedsAnAuditor() {
    var e = assertThrows(IllegalArgumentException.class, () -> audit().build());
    assertEquals("Audit.auditorPersonIds must not be empty", e.getMessage());
  }

  @Test
  void auditorsOfTheirOwnWorkAreListed() {
    Audit a = audit().addAuditorPersonIds("p-1", "p-2", "p-4")
        .addAuditedAreas(AuditedArea.ofClause("6.2.1", "p-2", "p-3"),
            AuditedArea.ofProcess("能源计量", "p-5", "p-4"))
        .build();
    assertEquals(List.of("p-2", "p-4"), a.auditorsOfOwnWork());
    assertEquals(List.of(), a.withAuditorPersonIds("p-9").auditorsOfOwnWork());
  }

  @Test
  void reportToManagementMustNotPrecedeTheAudit() {
    var e = assertThrows(IllegalArgumentException.class, () -> audit().addAuditorPersonId("p-1")
        .reportedToManagementOn(MAY_6.minusDays(1)).build());
    assertEquals("Audit.reportedToManagementOn 2025-05-05 must not be before Audit.conductedOn"
        + " 2025-05-06", e.getMessage());
  }

  @Test
  void findingIdsAreDistinctAndOnlyNonconformitiesNameANonconformity() {
    AuditFinding nc = AuditFinding.builder().id("F-1").clause("9.1.3")
        .kind(FindingKind.MINOR_NONCONFORMITY).description("电表EM-3检定过期")
        .nonconformityId("NC-7").build();
    var e = assertThrows(IllegalArgumentException.class,
        () -> audit().addAuditorPersonId("p-1").addFindings(nc, nc.withDescription("x")).build());
    assertEquals("Audit.findings holds 'F-1' twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> nc.withKind(FindingKind.OBSERVATION));
    assertEquals("AuditFinding F-1 of kind OBSERVATION cannot name a nonconformity ('NC-7'); only"
        + " a nonconformity finding can", e.getMessage());
    assertTrue(FindingKind.MAJOR_NONCONFORMITY.isNonconformity());
    assertFalse(FindingKind.CONFORMITY.isNonconformity());
  }

  @Test
  void anAuditedAreaNeedsAClauseOrAProcessAndAResponsiblePerson() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> AuditedArea.builder().addResponsiblePersonId("p-1").build());
    assertEquals("AuditedArea needs a clause or a process, but has neither", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AuditedArea.ofClause("6.2.1"));
    assertEquals("AuditedArea.responsiblePersonIds must not be empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AuditedArea.ofClause("六", "p-1"));
    assertEquals("AuditedArea.clause must be a clause number such as 4.1 or 6.2.1, but was '六'",
        e.getMessage());
  }
}
