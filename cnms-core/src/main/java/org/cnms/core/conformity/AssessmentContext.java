// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.system.ManagementSystem;

/**
 * What a conformity assessment reads (T/CAS 612 clause 9.3): the organisation's management system
 * with its inventories, the date of the assessment, the intervals and thresholds to judge against,
 * and data contributed by other modules as typed extensions — the carbon-asset ledger of
 * cnms-assets, for example, which cnms-core does not know.
 *
 * <p>Immutable, thread-safe if the extensions are.
 */
public final class AssessmentContext {

  private final ManagementSystem system;
  private final LocalDate assessmentDate;
  private final AssessmentParameters parameters;
  private final Map<Class<?>, Object> extensions;

  private AssessmentContext(Builder b) {
    this.system = Objects.requireNonNull(b.system, "system");
    this.assessmentDate = Objects.requireNonNull(b.assessmentDate, "assessmentDate");
    this.parameters = b.parameters;
    this.extensions = Map.copyOf(b.extensions);
  }

  /** A context for {@code system} assessed on {@code date} with default parameters. */
  public static AssessmentContext of(ManagementSystem system, LocalDate date) {
    return builder().system(system).assessmentDate(date).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The management system assessed. */
  public ManagementSystem system() {
    return system;
  }

  /** The inventories of the system, in period order. */
  public List<GhgInventory> inventories() {
    return system.inventories();
  }

  /** The date of the assessment: intervals are counted back from it. */
  public LocalDate assessmentDate() {
    return assessmentDate;
  }

  /** The intervals and thresholds. */
  public AssessmentParameters parameters() {
    return parameters;
  }

  /** The extension of the given type, if one was added. */
  public <T> Optional<T> extension(Class<T> type) {
    return Optional.ofNullable(type.cast(extensions.get(type)));
  }

  /** A copy of this context with {@code system} replaced. */
  public AssessmentContext withSystem(ManagementSystem system) {
    Builder b = builder().system(system).assessmentDate(assessmentDate).parameters(parameters);
    b.extensions.putAll(extensions);
    return b.build();
  }

  /** Builds an {@link AssessmentContext}; {@code system} and {@code assessmentDate} are required. */
  public static final class Builder {
    private ManagementSystem system;
    private LocalDate assessmentDate;
    private AssessmentParameters parameters = AssessmentParameters.defaults();
    private final Map<Class<?>, Object> extensions = new LinkedHashMap<>();

    private Builder() {}

    /** The system to assess. */
    public Builder system(ManagementSystem system) {
      this.system = Objects.requireNonNull(system, "system");
      return this;
    }

    /** The date of the assessment. */
    public Builder assessmentDate(LocalDate date) {
      this.assessmentDate = Objects.requireNonNull(date, "assessmentDate");
      return this;
    }

    /** The intervals and thresholds; defaults if not set. */
    public Builder parameters(AssessmentParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** Adds data of another module, looked up by its type. */
    public <T> Builder extension(Class<T> type, T value) {
      extensions.put(type, type.cast(Objects.requireNonNull(value, "value")));
      return this;
    }

    /** The context. */
    public AssessmentContext build() {
      return new AssessmentContext(this);
    }
  }
}
