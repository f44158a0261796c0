// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The checks of compliance obligations and context factors, naming the field at fault. */
class ContextChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static ComplianceObligation.Builder obligation() {
    return ComplianceObligation.builder().id("co-1").title("碳排放权交易管理办法（试行）")
        .kind(ObligationKind.LEGAL).issuer("生态环境部").description("重点排放单位应清缴配额");
  }

  @Test
  void anObligationsReferenceIsNotBlankAndItIsEvaluatedAtLeastMonthly() {
    refused("ComplianceObligation.documentReference must not be blank, but was ' '",
        () -> obligation().documentReference(" ").build());
    refused("ComplianceObligation.evaluationIntervalMonths must be positive, but was 0",
        () -> obligation().evaluationIntervalMonths(0).build());
    assertEquals(1, obligation().evaluationIntervalMonths(1).build().evaluationIntervalMonths()
        .getAsInt());
  }

  @Test
  void aFactorsPartiesAreIds() {
    refused("ContextFactor.partyIds must be 1 to 128 characters without whitespace, but was"
        + " 'ip 1'", () -> ContextFactor.builder().id("ci-ets").kind(FactorKind.EXTERNAL)
            .topic(FactorTopic.EMISSIONS_TRADING).description("全国碳市场").addPartyIds("ip 1")
            .identifiedOn(LocalDate.of(2025, 1, 1)).build());
  }
}
