// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

/**
 * One of the unlettered bullets of a T/CAS 612 list, such as the resources of clause 7.1 or the
 * points of awareness of clause 7.3: cited by its position, {@code •1} for the first.
 */
public interface BulletItem extends ClauseItem {

  /** The bullet's position: {@code •1} for the first. */
  @Override
  default String citation() {
    return "•" + (ordinal() + 1);
  }
}
