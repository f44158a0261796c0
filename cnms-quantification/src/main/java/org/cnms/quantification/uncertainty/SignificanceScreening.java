// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The screening of the indirect emission categories for significance (ISO 14064-1:2018 clause
 * 5.2.3; T/CAS 612 clause 6.2.1): the method used and one assessment per assessed category, from
 * which follow the categories that must be quantified. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSignificanceScreening.class)
public abstract class SignificanceScreening implements WithSignificanceScreening {

  /** The method (weights and thresholds) the assessments follow. */
  public abstract SignificanceMethod method();

  /** One assessment per indirect category assessed. */
  public abstract List<SignificanceAssessment> assessments();

  /** The indirect categories decided to be quantified, in category order. */
  public Set<EmissionCategory> categoriesToQuantify() {
    return decided(SignificanceDecision.QUANTIFY);
  }

  /** The indirect categories excluded with a justification, in category order. */
  public Set<EmissionCategory> excludedCategories() {
    return decided(SignificanceDecision.EXCLUDE);
  }

  /** The indirect categories not assessed at all, in category order. */
  public Set<EmissionCategory> unassessedCategories() {
    Set<EmissionCategory> left = EnumSet.range(EmissionCategory.PURCHASED_ENERGY,
        EmissionCategory.OTHER);
    assessments().forEach(a -> left.remove(a.category()));
    return java.util.Collections.unmodifiableSet(left);
  }

  private Set<EmissionCategory> decided(SignificanceDecision decision) {
    Set<EmissionCategory> set = EnumSet.noneOf(EmissionCategory.class);
    assessments().stream().filter(a -> a.decision() == decision).forEach(a -> set.add(a.category()));
    return java.util.Collections.unmodifiableSet(set);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignificanceScreening}; {@code method} is required. */
  public static final class Builder extends ImmutableSignificanceScreening.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireDistinct("SignificanceScreening", "assessments", assessments(),
        a -> a.category().code());
  }
}
