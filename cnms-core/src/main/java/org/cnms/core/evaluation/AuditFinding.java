// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ClauseIds;
import org.immutables.value.Value;

/**
 * A finding of an internal audit (审核发现) of T/CAS 612 clause 9.3: a conformity, an observation,
 * or a minor or major nonconformity against one clause. A nonconformity may name the {@code
 * Nonconformity} record (clause 10.2) raised for it; other findings name none.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditFinding.class)
public abstract class AuditFinding implements Identified, WithAuditFinding {

  @Override
  public abstract String id();

  /** The clause the finding is against, e.g. {@code 9.1.3}. */
  public abstract String clause();

  /** The kind of finding. */
  public abstract FindingKind kind();

  /** The finding, in words, with its evidence. */
  public abstract String description();

  /** The id of the nonconformity record raised for it; only for a nonconformity. */
  public abstract Optional<String> nonconformityId();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AuditFinding}; all attributes but {@code nonconformityId} are required.
   */
  public static final class Builder extends ImmutableAuditFinding.Builder {}

  @Value.Check
  protected void check() {
    String t = "AuditFinding";
    Checks.requireId(t, "id", id());
    ClauseIds.requireClauseId(t, "clause", clause());
    Checks.requireNonBlank(t, "description", description());
    nonconformityId().ifPresent(n -> {
      Checks.requireId(t, "nonconformityId", n);
      if (!kind().isNonconformity()) {
        throw new IllegalArgumentException("AuditFinding " + id() + " of kind " + kind()
            + " cannot name a nonconformity ('" + n + "'); only a nonconformity finding can");
      }
    });
  }
}
