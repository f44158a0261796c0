// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The checks of teams, people and roles, naming the field at fault. */
class LeadershipChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void aTeamsFacilityAndMembersAreIds() {
    refused("CarbonNeutralityTeam.facilityId must be 1 to 128 characters without whitespace, but"
        + " was 'plant 1'", () -> CarbonNeutralityTeam.builder().id("team-1").name("一厂小组")
            .level(TeamLevel.FACILITY).facilityId("plant 1").addMemberPersonIds("ceo")
            .leaderPersonId("ceo").build());
    refused("CarbonNeutralityTeam.memberPersonIds must be 1 to 128 characters without"
        + " whitespace, but was 'c fo'", () -> CarbonNeutralityTeam.builder().id("team-1")
            .name("领导小组").level(TeamLevel.ENTERPRISE).addMemberPersonIds("ceo", "c fo")
            .leaderPersonId("ceo").build());
  }

  @Test
  void aPersonsTitleIsNotBlank() {
    refused("Person.title must not be blank, but was ' '",
        () -> Person.of("p-1", "张三").withTitle(" "));
    assertEquals("能源主管", Person.of("p-1", "张三").withTitle("能源主管").title().orElseThrow());
  }

  @Test
  void aRoleReportsAtLeastMonthly() {
    Supplier<Role.Builder> role = () -> Role.builder().id("role-rep").title("管理者代表")
        .addHolderPersonId("cfo").responsibilities("组织体系运行").authorities("调配资源");
    assertEquals(1, role.get().reportingIntervalMonths(1).build().reportingIntervalMonths()
        .getAsInt());
    refused("Role.reportingIntervalMonths must be positive, but was 0",
        () -> role.get().reportingIntervalMonths(0).build());
  }
}
