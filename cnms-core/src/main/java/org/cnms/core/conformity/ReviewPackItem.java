// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Locale;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One line of a {@link ManagementReviewPack}: a fact for one input of the management review
 * (T/CAS 612 clause 9.4 a–f), in Chinese and English, with the ids of the records it comes from.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableReviewPackItem.class)
public abstract class ReviewPackItem implements WithReviewPackItem {

  /** The input of clause 9.4 the item is for. */
  public abstract ReviewInput input();

  /** The fact, in Chinese. */
  public abstract String textZh();

  /** The fact, in English. */
  public abstract String textEn();

  /**
   * The fact in the language of {@code locale}: the Chinese text for a Chinese locale, the English
   * text (the language of the root bundles) for any other.
   *
   * @param locale the reader's locale, not null
   * @return the text
   */
  public String text(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? textZh() : textEn();
  }

  /** The ids of the records the fact comes from. */
  public abstract List<String> recordIds();

  /** An item for {@code input}. */
  public static ReviewPackItem of(ReviewInput input, String textZh, String textEn,
      List<String> recordIds) {
    return builder().input(input).textZh(textZh).textEn(textEn).addAllRecordIds(recordIds)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewPackItem}; all but {@code recordIds} are required. */
  public static final class Builder extends ImmutableReviewPackItem.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("ReviewPackItem", "textZh", textZh());
    Checks.requireNonBlank("ReviewPackItem", "textEn", textEn());
  }
}
