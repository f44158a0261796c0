// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.internal.ClauseIds;
import org.immutables.value.Value;

/**
 * A clause or sub-clause of T/CAS 612—2022 as the standard numbers it (4, 4.3, 4.3.1 … 10.3): its
 * parent, the standard's own title (none where the standard gives the sub-clause no title of its
 * own), its items with their verbs (the {@linkplain RegisterItem register rows}), and how it is
 * judged.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRequirement.class)
public abstract class Requirement implements WithRequirement {

  /** How a clause is judged. */
  public enum Judgement {
    /** A program can judge it from the records of the management system. */
    DATA,
    /** Only an auditor's evidence can show it is met. */
    AUDITOR,
    /** The clause only groups its sub-clauses; findings cite the sub-clauses. */
    GROUP
  }

  /** The id, e.g. {@code 8.1.3}. */
  public abstract String id();

  /** The parent clause, e.g. {@code 8.1} for {@code 8.1.3}; empty for 4 to 10. */
  public abstract Optional<String> parent();

  /** How the clause is judged. */
  public abstract Judgement judgement();

  /** The standard's Chinese title; empty for a sub-clause without a title of its own. */
  public abstract Optional<String> titleZh();

  /** The English title; empty for a sub-clause without a title of its own. */
  public abstract Optional<String> titleEn();

  /** The items of the clause in the standard's order (none for a group). */
  public abstract List<RegisterItem> items();

  /** Whether a program can judge it from data; otherwise an auditor needs evidence. */
  public boolean checkableFromData() {
    return judgement() == Judgement.DATA;
  }

  /** Whether findings cite this clause (it is not a mere group of sub-clauses). */
  public boolean isCited() {
    return judgement() != Judgement.GROUP;
  }

  /** The rows that are requirements (应 family or 需). */
  public List<RegisterItem> requirementItems() {
    return items().stream().filter(RegisterItem::isRequirement).toList();
  }

  /** The top-level clause, e.g. {@code 6} for {@code 6.2.1}. */
  public int clause() {
    int dot = id().indexOf('.');
    return Integer.parseInt(dot < 0 ? id() : id().substring(0, dot));
  }

  /** The own title in the language of {@code locale}, if the standard gives one. */
  public Optional<String> title(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? titleZh() : titleEn();
  }

  /** Whether this clause is {@code other} or lies inside it (8.1.3 is inside 8 and 8.1). */
  public boolean isWithin(String other) {
    return ClauseIds.covers(other, id());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}. */
  public static final class Builder extends ImmutableRequirement.Builder {}

  @Value.Check
  protected void check() {
    if (!ClauseIds.isClauseId(id())) {
      throw new IllegalArgumentException(
          "Requirement.id must look like 6.2.1, but was '" + id() + "'");
    }
    if (titleZh().isPresent() != titleEn().isPresent()) {
      throw new IllegalArgumentException("Requirement " + id()
          + " must have a title in both languages or in neither");
    }
    for (RegisterItem item : items()) {
      if (!item.clause().equals(id())) {
        throw new IllegalArgumentException("Requirement " + id() + " holds the item " + item.cite()
            + " of another clause");
      }
    }
  }
}
