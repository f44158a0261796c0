package org.cnms.assets.ledger;

import static org.cnms.assets.testing.BasicGen.*;

import java.util.List;
import org.cnms.assets.unit.UnitGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of ledger events and entries. */
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
    return in -> LedgerEntry.builder().index(Generate.longRange(0, 1_000_000).generate(in))
        .previousHash(hex.generate(in)).hash(hex.generate(in)).event(events().generate(in))
        .build();
  }
}
