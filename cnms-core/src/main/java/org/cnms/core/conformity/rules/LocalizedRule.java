// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.i18n.CoreTexts;

/**
 * A core rule whose finding messages come from the cnms-core bundle and may carry arguments that
 * differ by language, such as the label of an item of a clause ({@code •2 基础设施} /
 * {@code •2 Infrastructure}).
 */
abstract class LocalizedRule extends AbstractConformityRule {

  LocalizedRule(String id, String requirementId, List<String> judgedItems) {
    super(id, requirementId, CoreTexts.TEXT, judgedItems);
  }

  LocalizedRule(String id, String requirementId, List<String> judgedItems,
      boolean beyondTheStandard) {
    super(id, requirementId, CoreTexts.TEXT, beyondTheStandard, judgedItems);
  }

  /**
   * A finding with the text {@code key} of the bundle, whose arguments {@code arguments} gives
   * for each language, citing {@code items} of the clause.
   */
  final Finding localized(Verdict verdict, String key, Collection<String> recordIds,
      List<String> items, Function<Locale, Object[]> arguments) {
    return finding(verdict, key, recordIds, arguments).withItems(items);
  }

  /** A finding with the text {@code key} of the bundle, citing {@code items} of the clause. */
  final Finding cited(Verdict verdict, String key, Collection<String> recordIds,
      List<String> items, Object... arguments) {
    return finding(verdict, key, recordIds, arguments).withItems(items);
  }
}
