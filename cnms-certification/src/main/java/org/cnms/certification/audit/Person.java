// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person of the certification body — auditor, technical expert or decision-maker — with the
 * competence areas the body has recognised (e.g. {@code ghg-quantification}, {@code
 * energy-intensive-manufacturing}).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements WithPerson {

  /** The id. */
  public abstract String id();

  /** The name. */
  public abstract String name();

  /** The competence areas recognised. */
  public abstract Set<String> competences();

  /**
   * A person.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @param competences the competence areas
   * @return the person
   */
  public static Person of(String id, String name, String... competences) {
    return builder().id(id).name(name).addCompetences(competences).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
