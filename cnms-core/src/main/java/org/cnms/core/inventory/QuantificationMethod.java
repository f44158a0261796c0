// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The documented description of a quantification method (量化方法, T/CAS 612 clause 6.2.2): its
 * approach, its formula, the parameters it takes, where its factors come from, and the standard it
 * follows (e.g. {@code GB/T 32150—2015}), and why it was selected. Sources and sinks name the
 * method they are quantified with; the quantification engine implements it.
 *
 * <p>A method is updated when activities, sources or meters change: the new version {@linkplain
 * #supersedes() supersedes} the old. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableQuantificationMethod.class)
public abstract class QuantificationMethod implements Revisable, WithQuantificationMethod {

  @Override
  public abstract String id();

  /** The method's name, e.g. {@code 化石燃料燃烧排放计算}. */
  public abstract String name();

  /** Its approach. */
  public abstract QuantificationApproach approach();

  /** Its formula, e.g. {@code E = AD × NCV × CC × OF × 44/12}. */
  public abstract String formula();

  /** The parameters of the formula, e.g. {@code AD: fuel consumed, t}. */
  public abstract List<String> parameters();

  /** Where its factors come from (for direct measurement: the measuring system). */
  public abstract String factorSource();

  /**
   * Why the method was selected: the technical feasibility and cost weighed in choosing it
   * (6.2.2 应考虑), if recorded.
   */
  public abstract Optional<String> selectionRationale();

  /** The standard or guideline it follows, e.g. {@code GB/T 32150—2015}, if any. */
  public abstract Optional<String> standardReference();

  /** The date the method was documented. */
  public abstract LocalDate documentedOn();

  @Override
  public abstract Optional<String> supersedes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link QuantificationMethod}; {@code id}, {@code name}, {@code approach},
   * {@code formula}, {@code factorSource} and {@code documentedOn} are required.
   */
  public static final class Builder extends ImmutableQuantificationMethod.Builder {}

  @Value.Check
  protected void check() {
    String t = "QuantificationMethod";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "name", name());
    Checks.requireNonBlank(t, "formula", formula());
    parameters().forEach(p -> Checks.requireNonBlank(t, "parameters", p));
    Checks.requireNonBlank(t, "factorSource", factorSource());
    standardReference().ifPresent(s -> Checks.requireNonBlank(t, "standardReference", s));
    selectionRationale().ifPresent(r -> Checks.requireNonBlank(t, "selectionRationale", r));
    Checks.requireNotSelf(t, id(), supersedes());
  }
}
