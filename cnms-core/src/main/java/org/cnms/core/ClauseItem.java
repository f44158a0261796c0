package org.cnms.core;

import java.util.Locale;

/**
 * One of the lettered items a), b), c) … of a T/CAS 612 clause, such as the inputs of a
 * management review (clause 9.4 a–f) or the kinds of change of clause 8.4 (a–g): the constants of
 * an enum that lists the items in the clause's order, so that the letter follows from the
 * position.
 */
public interface ClauseItem extends Labelled {

  /** The item's position in its clause, from 0: the enum constant's ordinal. */
  int ordinal();

  /** The item letter of the clause: {@code 'a'} for the first item, and so on. */
  default char clauseItem() {
    return (char) ('a' + ordinal());
  }

  /**
   * The item as findings and reports cite it, letter and label in the language of {@code
   * locale}: e.g. {@code "d) Adequacy of resources"}.
   */
  default String itemLabel(Locale locale) {
    return clauseItem() + ") " + label(locale);
  }
}
