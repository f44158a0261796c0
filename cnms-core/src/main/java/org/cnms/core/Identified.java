// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

/**
 * A record of the management system (documented information, T/CAS 612 clause 7.5) that other
 * records refer to by its identifier.
 *
 * <p>Identifiers are unique within one {@link org.cnms.core.system.ManagementSystem} and follow
 * {@link org.cnms.core.internal.Checks#requireId the identifier rule}: 1–128 characters, no
 * surrounding or embedded whitespace.
 */
public interface Identified {

  /** The identifier of this record, unique within its management system. */
  String id();
}
