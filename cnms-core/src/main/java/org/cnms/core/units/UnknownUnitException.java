// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

/**
 * Thrown when a unit symbol of activity data (T/CAS 612 clauses 6.3, 9.1.1) is not in the unit
 * registry, e.g. a misspelt unit in an ERP extract.
 * The symbol is kept as a field so tools can report or map it.
 */
public final class UnknownUnitException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String symbol;

  /**
   * @param symbol the symbol that was not found, not null
   * @param message the full message
   */
  public UnknownUnitException(String symbol, String message) {
    super(message);
    this.symbol = symbol;
  }

  /** The symbol that was not found, as given. */
  public String symbol() {
    return symbol;
  }
}
