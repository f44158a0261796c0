package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One requirement of T/CAS 612—2022 (a clause or sub-clause, 4.1 … 10.3), with its title and gist
 * in Chinese and English and whether it can be judged from data or needs an auditor's evidence.
 * The titles and gists are the project's own paraphrase.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRequirement.class)
public abstract class Requirement implements WithRequirement {

  /** The requirement id, e.g. {@code 6.2.1}. */
  public abstract String id();

  /** The title in Chinese. */
  public abstract String titleZh();

  /** The title in English. */
  public abstract String titleEn();

  /** What the requirement demands, in Chinese. */
  public abstract String gistZh();

  /** What the requirement demands, in English. */
  public abstract String gistEn();

  /** Whether a program can judge it from data; otherwise an auditor needs evidence. */
  public abstract boolean checkableFromData();

  /** The top-level clause, e.g. {@code 6} for {@code 6.2.1}. */
  public int clause() {
    int dot = id().indexOf('.');
    return Integer.parseInt(dot < 0 ? id() : id().substring(0, dot));
  }

  /** The title in the language of {@code locale}. */
  public String title(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? titleZh() : titleEn();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}; all attributes are required. */
  public static final class Builder extends ImmutableRequirement.Builder {}

  @Value.Check
  protected void check() {
    if (!id().matches("\\d+(\\.\\d+)*")) {
      throw new IllegalArgumentException(
          "Requirement.id must look like 6.2.1, but was '" + id() + "'");
    }
    Checks.requireNonBlank("Requirement", "titleZh", titleZh());
    Checks.requireNonBlank("Requirement", "titleEn", titleEn());
  }
}
