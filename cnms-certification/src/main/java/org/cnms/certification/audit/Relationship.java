// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recorded tie between a person of the body and a client (from the body's declarations of
 * interest), and when it ended, if it did.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRelationship.class)
public abstract class Relationship implements WithRelationship {

  /** The person. */
  public abstract String personId();

  /** The client. */
  public abstract String clientId();

  /** The kind of tie. */
  public abstract RelationshipKind kind();

  /** The day it ended; empty while it lasts. */
  public abstract Optional<LocalDate> endedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Relationship}. */
  public static final class Builder extends ImmutableRelationship.Builder {}
}
