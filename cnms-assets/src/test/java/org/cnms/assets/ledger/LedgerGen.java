// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.cnms.assets.testing.BasicGen.*;
import static org.cnms.core.testing.CoreGen.optionals;

import java.util.List;
import org.cnms.assets.unit.UnitGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of ledger events, entries and the values the ledger reports. */
public final class LedgerGen {

  private LedgerGen() {}

  public static Gen<UnitPrice> prices() {
    return decimals().zip(Generate.pick(List.of("CNY", "USD", "EUR")), (a, c) ->
        UnitPrice.of(a, java.util.Currency.getInstance(c)));
  }

  private static Gen<String> registries() {
    return Generate.pick(List.of("CN-ETS", "CCER-NCSC", "Verra"));
  }

  public static Gen<LedgerEvent> events() {
    Gen<LedgerEvent> issued = in -> Issued.builder().id(ids().generate(in))
        .date(dates().generate(in)).block(UnitGen.blocks().generate(in))
        .account(ids().generate(in)).issuer(optionals(texts()).generate(in)).build();
    Gen<LedgerEvent> acquired = in -> Acquired.builder().id(ids().generate(in))
        .date(dates().generate(in)).block(UnitGen.blocks().generate(in))
        .account(ids().generate(in)).price(prices().generate(in))
        .counterparty(texts().generate(in)).build();
    Gen<LedgerEvent> transferred = in -> Transferred.builder().id(ids().generate(in))
        .date(dates().generate(in)).registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).toAccount(ids().generate(in)).build();
    Gen<LedgerEvent> sold = in -> Sold.builder().id(ids().generate(in))
        .date(dates().generate(in)).registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).price(prices().generate(in))
        .counterparty(texts().generate(in)).build();
    Gen<LedgerEvent> surrendered = in -> SurrenderedForCompliance.builder()
        .id(ids().generate(in)).date(dates().generate(in)).registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).complianceYear(years().generate(in))
        .scheme(optionals(Generate.pick(List.of("CN-ETS", "SH-ETS"))).generate(in)).build();
    Gen<LedgerEvent> retired = in -> RetiredForClaim.builder().id(ids().generate(in))
        .date(dates().generate(in)).registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).beneficiary(texts().generate(in))
        .claimPeriod(periods().generate(in)).purpose(texts().generate(in))
        .claimId(ids().generate(in)).build();
    Gen<LedgerEvent> cancelled = in -> Cancelled.builder().id(ids().generate(in))
        .date(dates().generate(in)).registry(registries().generate(in))
        .serials(UnitGen.ranges().generate(in)).reason(texts().generate(in)).build();
    return Generate.oneOf(issued, acquired, transferred, sold, surrendered, retired, cancelled);
  }

  public static Gen<LedgerEntry> entries() {
    Gen<String> hex = Generate.longRange(0, Long.MAX_VALUE)
        .map(n -> String.format("%064x", n));
    return in -> LedgerEntry.builder().chain(Generate.pick(List.of(LedgerEntry.CHAIN_V1,
            LedgerEntry.CHAIN_V2)).generate(in))
        .index(Generate.longRange(0, 1_000_000).generate(in))
        .previousHash(hex.generate(in)).hash(hex.generate(in)).event(events().generate(in))
        .build();
  }

  /** Holding keys of any unit type, vintage and registry. */
  public static Gen<HoldingKey> holdingKeys() {
    return in -> HoldingKey.of(UnitGen.types().generate(in), years().generate(in),
        registries().generate(in));
  }

  /** Retirements for a claim, as the ledger records them. */
  public static Gen<Retirement> retirements() {
    return in -> Retirement.builder().eventId(ids().generate(in)).date(dates().generate(in))
        .block(UnitGen.blocks().generate(in)).claimId(ids().generate(in))
        .claimPeriod(periods().generate(in)).beneficiary(texts().generate(in))
        .purpose(texts().generate(in)).build();
  }

  /** Surrenders for compliance, with and without a scheme. */
  public static Gen<Surrender> surrenders() {
    return in -> Surrender.builder().eventId(ids().generate(in)).date(dates().generate(in))
        .block(UnitGen.blocks().generate(in)).complianceYear(years().generate(in))
        .scheme(optionals(Generate.pick(List.of("CN-ETS", "SH-ETS"))).generate(in)).build();
  }

  /**
   * Unit states in every status: an account if and only if held, a claim if retired, a
   * compliance year if surrendered, a cost or none.
   */
  public static Gen<UnitState> unitStates() {
    return in -> {
      UnitStatus status = Generate.enumValues(UnitStatus.class).generate(in);
      UnitState.Builder b = UnitState.builder().block(UnitGen.blocks().generate(in))
          .status(status).eventId(ids().generate(in)).cost(optionals(prices()).generate(in));
      if (status == UnitStatus.HELD) {
        b.account(ids().generate(in));
      }
      if (status == UnitStatus.RETIRED) {
        b.claimId(ids().generate(in));
      }
      if (status == UnitStatus.SURRENDERED) {
        b.complianceYear(years().generate(in));
      }
      return b.build();
    };
  }

  /** Held unit states only, as a portfolio holds them. */
  public static Gen<UnitState> heldStates() {
    return in -> UnitState.builder().block(UnitGen.blocks().generate(in))
        .status(UnitStatus.HELD).account(ids().generate(in)).eventId(ids().generate(in))
        .cost(optionals(prices()).generate(in)).build();
  }

  /** Conserved unit flows: what is held, sold and gone adds up to what came in. */
  public static Gen<LedgerTotals> totals() {
    Gen<Long> counts = Generate.longRange(0, 10_000_000L);
    return in -> {
      long held = counts.generate(in);
      long sold = counts.generate(in);
      long surrendered = counts.generate(in);
      long retired = counts.generate(in);
      long cancelled = counts.generate(in);
      long incoming = held + sold + surrendered + retired + cancelled;
      long acquired = Generate.longRange(0, incoming).generate(in);
      return LedgerTotals.builder().allocated(incoming - acquired).acquired(acquired).held(held)
          .sold(sold).surrendered(surrendered).retired(retired).cancelled(cancelled).build();
    };
  }

  /**
   * Verifications: intact (with a head hash unless empty) or naming the first altered entry, with
   * and without its event id.
   */
  public static Gen<LedgerVerification> verifications() {
    Gen<String> hex = Generate.longRange(0, Long.MAX_VALUE).map(n -> String.format("%064x", n));
    Gen<LedgerVerification> intact = in -> {
      long n = Generate.longRange(0, 1_000_000).generate(in);
      LedgerVerification.Builder b = LedgerVerification.builder().entriesChecked(n);
      if (n > 0) {
        b.headHash(hex.generate(in));
      }
      return b.build();
    };
    Gen<LedgerVerification> altered = in -> {
      long n = Generate.longRange(0, 1_000_000).generate(in);
      return LedgerVerification.builder().entriesChecked(n).firstAlteredIndex(n)
          .firstAlteredEventId(optionals(ids()).generate(in))
          .problem("Entry " + n + " was altered: " + texts().generate(in)).build();
    };
    return Generate.oneOf(intact, altered);
  }
}
