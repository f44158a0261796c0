// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.MissingFactor;

/** Building blocks the methods share: conversion terms, factor terms, GWP look-ups. */
final class Chains {

  static final MeasureUnit TONNE = UnitRegistry.standard().byCode("t");
  static final MeasureUnit TONNE_CO2E = UnitRegistry.standard().byCode("tCO2e");
  /** 44/12, the ratio of the molar masses of CO₂ and C. */
  static final Ratio CO2_PER_C = Ratio.of(java.math.BigInteger.valueOf(44),
      java.math.BigInteger.valueOf(12));

  private Chains() {}

  /** The conversion term from {@code from} to {@code to}, none if they are the same unit. */
  static void convert(List<TraceTerm> terms, MeasureUnit from, MeasureUnit to) {
    if (!from.equals(to)) {
      terms.add(TraceTerm.of("conversion " + from.code() + "→" + to.code(),
          from.conversionTo(to), to.code() + "/" + from.code()));
    }
  }

  /** Fails unless {@code given} is of the kind of {@code expected}, naming source and record. */
  static void requireKind(MethodContext ctx, String what, MeasureUnit expected,
      MeasureUnit given) {
    if (!given.isCompatibleWith(expected)) {
      throw new UnitMismatchException(ctx.sourceId(), given, expected, what + " for source "
          + ctx.sourceId() + " is per " + expected.code() + " (" + expected.kind().labelEn()
          + "), but activity " + ctx.recordId() + " is in " + given.code() + " ("
          + given.kind().labelEn() + ")");
    }
  }

  /** The terms of an emission factor applied to the activity: conversion, factor, mass unit. */
  static List<TraceTerm> factorTerms(MethodContext ctx, EmissionFactor f) {
    requireKind(ctx, "Emission factor " + f.id(), f.perUnit(), ctx.unit());
    List<TraceTerm> terms = new ArrayList<>();
    convert(terms, ctx.unit(), f.perUnit());
    terms.add(TraceTerm.of("emission factor " + f.id(), Ratio.of(f.value()), f.unitText()));
    convert(terms, f.unit(), f.gas().isPresent() ? TONNE : TONNE_CO2E);
    return terms;
  }

  /** The GWP of {@code gas} in the context's set, or a missing factor added to {@code missing}. */
  static Optional<BigDecimal> gwp(MethodContext ctx, GreenhouseGas gas,
      List<MissingFactor> missing) {
    Optional<BigDecimal> v = ctx.gwpSet().gwp(gas);
    if (v.isEmpty()) {
      missing.add(new MissingFactor("GWP", gas.code(), "", "", "GWP set " + ctx.gwpSet().name()
          + " has no value for " + gas.code(), List.of(), 0));
    }
    return v;
  }
}
