// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * One entry of the register of outsourced carbon-emitting processes (外包的碳排放过程, T/CAS 612
 * clause 8.1.3): the process, the contractor (承包方) who runs it, the duties of the organisation
 * and of the contractor, the operating requirements set for it and, where needed, the carbon
 * reduction requirements placed on it.
 *
 * <p>Duties and requirements not yet set are empty: a coherent record, which the conformity rule
 * of 8.1.3 reports. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOutsourcedProcessControl.class)
public abstract class OutsourcedProcessControl implements Identified,
    WithOutsourcedProcessControl {

  @Override
  public abstract String id();

  /** The outsourced process, e.g. {@code 厂内物流运输}. */
  public abstract String process();

  /** The contractor (承包方) that runs the process. */
  public abstract String contractor();

  /** The organisation's duties for the process, if set. */
  public abstract Optional<String> organisationDuties();

  /** The contractor's duties for the process, if set. */
  public abstract Optional<String> contractorDuties();

  /** The operating requirements set for the process, if set. */
  public abstract Optional<String> operatingRequirements();

  /**
   * The carbon reduction requirements placed on the process (reduction or neutrality targets,
   * strategies), where the organisation found them needed.
   */
  public abstract Optional<String> reductionRequirements();

  /** The ids of the GHG sources of the process, if registered; each once. */
  public abstract List<String> sourceIds();

  /** The date the control was last reviewed, if it was. */
  public abstract Optional<LocalDate> reviewedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OutsourcedProcessControl}; {@code id}, {@code process} and {@code
   * contractor} are required.
   */
  public static final class Builder extends ImmutableOutsourcedProcessControl.Builder {}

  @Value.Check
  protected void check() {
    String t = "OutsourcedProcessControl";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "process", process());
    Checks.requireNonBlank(t, "contractor", contractor());
    organisationDuties().ifPresent(d -> Checks.requireNonBlank(t, "organisationDuties", d));
    contractorDuties().ifPresent(d -> Checks.requireNonBlank(t, "contractorDuties", d));
    operatingRequirements().ifPresent(r -> Checks.requireNonBlank(t, "operatingRequirements", r));
    reductionRequirements().ifPresent(r -> Checks.requireNonBlank(t, "reductionRequirements", r));
    ListChecks.requireIds(t, "sourceIds", sourceIds());
  }
}
