// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.util.Locale;

/**
 * One item of a list in a T/CAS 612 clause, such as the inputs of a management review (9.4.2 a)–f)
 * with b) 1)–5) and c) 1)–5)) or the leadership items of 5.1 a)–k): the constants of an enum that
 * lists exactly the standard's items, in its order, each citing itself as the standard does.
 *
 * <p>By default an item is lettered by its position ({@code a)} for the first); an enum whose list
 * is numbered, nested or bulleted overrides {@link #citation()}.
 */
public interface ClauseItem extends Labelled {

  /** The item's position in its list, from 0: the enum constant's ordinal. */
  int ordinal();

  /**
   * How the standard cites the item inside its clause: {@code a)}, {@code b) 1)}, {@code 1)}, or
   * {@code •2} for the second unlettered bullet. By default the letter of its position.
   */
  default String citation() {
    return (char) ('a' + ordinal()) + ")";
  }

  /**
   * The item as findings and reports cite it, citation and label in the language of {@code
   * locale}: e.g. {@code "d) 资源的充分性"}.
   */
  default String itemLabel(Locale locale) {
    return citation() + " " + label(locale);
  }
}
