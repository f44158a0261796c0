// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A corrective action (纠正措施) taken on a nonconformity (T/CAS 612 clause 10.2 c): what is done,
 * who is responsible, when it is due and when it was completed.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCorrectiveAction.class)
public abstract class CorrectiveAction implements Identified, WithCorrectiveAction {

  @Override
  public abstract String id();

  /** What is done. */
  public abstract String description();

  /** The id of the person responsible. */
  public abstract String responsiblePersonId();

  /** The date by which it is due. */
  public abstract LocalDate dueDate();

  /** The date it was completed, once completed. */
  public abstract Optional<LocalDate> completedOn();

  /** Whether the action has been completed. */
  public boolean completed() {
    return completedOn().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CorrectiveAction}; all attributes but {@code completedOn} are required. */
  public static final class Builder extends ImmutableCorrectiveAction.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("CorrectiveAction", "id", id());
    Checks.requireNonBlank("CorrectiveAction", "description", description());
    Checks.requireId("CorrectiveAction", "responsiblePersonId", responsiblePersonId());
  }
}
