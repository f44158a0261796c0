// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.util.List;
import java.util.function.Function;

/**
 * Validation helpers for the lists of references and texts that records hold. Each failure is an
 * {@link IllegalArgumentException} whose message names the type, the field and the offending
 * value, as {@link Checks} does.
 */
public final class ListChecks {

  private ListChecks() {}

  /**
   * Checks a list of identifiers of other records: each follows {@link Checks#requireId the
   * identifier rule}, none appears twice.
   *
   * @return {@code ids}
   * @throws IllegalArgumentException naming the first bad or repeated id
   */
  public static List<String> requireIds(String type, String field, List<String> ids) {
    for (String id : ids) {
      Checks.requireId(type, field, id);
    }
    return Checks.requireDistinct(type, field, ids, Function.identity());
  }

  /**
   * Checks a list of texts: none is blank.
   *
   * @return {@code texts}
   * @throws IllegalArgumentException naming the position of the first blank text
   */
  public static List<String> requireTexts(String type, String field, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      Checks.requireNonBlank(type, field + "[" + i + "]", texts.get(i));
    }
    return texts;
  }
}
