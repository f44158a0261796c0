// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.Scope3Category;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A GHG source (温室气体源) in the source and sink register (T/CAS 612 clause 6.2.1): where it sits,
 * which of the six categories it falls in, what kind of source it is, which gases it emits, and
 * the {@linkplain #methodId() quantification method} it is quantified with (6.2.2).
 *
 * <p>The clause allows no exclusion. A source can still be recorded as {@linkplain #excluded()
 * excluded}, with its justification, so that the register is complete and the conformity engine
 * reports the exclusion as a nonconformity to 6.2.1; the model only records it. The {@linkplain
 * #significant() significant} sources are those that need operational criteria (8.1).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgSource.class)
public abstract class GhgSource implements Identified, WithGhgSource {

  @Override
  public abstract String id();

  /** The source's name, e.g. {@code 1号燃气锅炉}. */
  public abstract String name();

  /** The id of the facility it sits in. */
  public abstract String facilityId();

  /** Its category of clause 6.2.1. */
  public abstract EmissionCategory category();

  /** Its GHG Protocol scope-3 category, one its {@link #category()} covers (categories 3–6). */
  public abstract Optional<Scope3Category> scope3Category();

  /** What kind of source it is. */
  public abstract GhgSourceKind kind();

  /** The gases it emits, at least one, each once. */
  public abstract List<GreenhouseGas> gases();

  /** The id of the {@link QuantificationMethod} it is quantified with (6.2.2). */
  public abstract String methodId();

  /** The id of the person responsible for the source, if assigned (6.3 d). */
  public abstract Optional<String> ownerPersonId();

  /** Whether the source is significant. */
  public abstract boolean significant();

  /** A description, if recorded. */
  public abstract Optional<String> description();

  /** Whether the organisation excluded the source from its inventory; {@code false} by default. */
  @Value.Default
  public boolean excluded() {
    return false;
  }

  /** Why it was excluded; present exactly when {@link #excluded()}. */
  public abstract Optional<String> exclusionJustification();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GhgSource}; {@code id}, {@code name}, {@code facilityId}, {@code category},
   * {@code kind}, a gas, {@code methodId} and {@code significant} are required.
   */
  public static final class Builder extends ImmutableGhgSource.Builder {}

  @Value.Check
  protected void check() {
    String t = "GhgSource";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "name", name());
    Checks.requireId(t, "facilityId", facilityId());
    scope3Category().ifPresent(s -> {
      if (!category().scope3Categories().contains(s)) {
        throw new IllegalArgumentException("GhgSource " + id() + ": scope-3 category " + s
            + " is not covered by category " + category().code() + " " + category()
            + (category().scope3Categories().isEmpty() ? ", which covers none"
                : ", which covers " + category().scope3Categories()));
      }
    });
    Checks.requireNonEmpty(t, "gases", gases());
    Checks.requireDistinct(t, "gases", gases(), g -> g);
    Checks.requireId(t, "methodId", methodId());
    ownerPersonId().ifPresent(o -> Checks.requireId(t, "ownerPersonId", o));
    description().ifPresent(d -> Checks.requireNonBlank(t, "description", d));
    if (excluded() && exclusionJustification().isEmpty()) {
      throw new IllegalArgumentException("GhgSource " + id()
          + " is excluded and needs an exclusionJustification");
    }
    if (!excluded() && exclusionJustification().isPresent()) {
      throw new IllegalArgumentException("GhgSource " + id()
          + " has an exclusionJustification but is not excluded");
    }
    exclusionJustification().ifPresent(j ->
        Checks.requireNonBlank(t, "exclusionJustification", j));
  }
}
