// SPDX-License-Identifier: Apache-2.0
package com.example.host;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A host application's own type, outside cnms: its JSON must not change when cnms is added. */
public final class Invoice {
  public BigDecimal price = new BigDecimal("1.50");
  public List<BigDecimal> lines = List.of(new BigDecimal("0.75"), new BigDecimal("0.750"));
  public Instant issued = Instant.parse("2026-12-04T08:00:00Z");
  public Optional<String> note = Optional.empty();
  public Optional<BigDecimal> discount = Optional.of(new BigDecimal("2E+1"));
}
