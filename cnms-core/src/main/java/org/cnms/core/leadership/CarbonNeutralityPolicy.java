// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cnms.core.Approval;
import org.cnms.core.Revisable;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The carbon-neutrality policy (碳中和方针) set by top management (T/CAS 612 clause 5.2): its text,
 * which items a) to f) of the first list of 5.2 it meets (the commitments c) and d), and the
 * qualities a), b), e) and f)), its approval, and — the second list of 5.2 — the document that
 * makes it available, to whom it is communicated and when it was reviewed.
 *
 * <p>A policy may list only some of the {@linkplain PolicyItem items}, and may lack an approval,
 * a document or a review: it is still a valid record, and the conformity assessment reports what
 * is missing ({@link #missingItems()}). A new version of the policy is a new record that names
 * the one it {@linkplain #supersedes() supersedes}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCarbonNeutralityPolicy.class)
public abstract class CarbonNeutralityPolicy implements Revisable, WithCarbonNeutralityPolicy {

  @Override
  public abstract String id();

  /** The version label, e.g. {@code A/1} or {@code 2025版}. */
  public abstract String versionLabel();

  /** The text of the policy. */
  public abstract String text();

  /** The items a) to f) of the first list of clause 5.2 the policy meets, each once. */
  public abstract List<PolicyItem> items();

  /** The approval by top management, if given. */
  public abstract Optional<Approval> approval();

  /** The date the policy was issued. */
  public abstract LocalDate issuedOn();

  /** The date the policy was last reviewed, not before {@link #issuedOn()}; if reviewed. */
  public abstract Optional<LocalDate> lastReviewedOn();

  /** The interval in months at which the policy is to be reviewed, if set; more than zero. */
  public abstract OptionalInt reviewIntervalMonths();

  /**
   * The id of the document of the register of documented information (7.5) that makes the policy
   * available (5.2, second list a)), if named.
   */
  public abstract Optional<String> documentId();

  /** To whom the policy has been communicated, e.g. {@code 全体员工}, {@code 公司官网}. */
  public abstract List<String> communicatedTo();

  @Override
  public abstract Optional<String> supersedes();

  /** Whether the policy meets this item. */
  public boolean meets(PolicyItem item) {
    return items().contains(item);
  }

  /** The items of the first list of clause 5.2 the policy does not meet, in item order. */
  public Set<PolicyItem> missingItems() {
    Set<PolicyItem> missing = EnumSet.allOf(PolicyItem.class);
    missing.removeAll(items());
    return java.util.Collections.unmodifiableSet(missing);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CarbonNeutralityPolicy}; {@code id}, {@code versionLabel}, {@code text} and
   * {@code issuedOn} are required.
   */
  public static final class Builder extends ImmutableCarbonNeutralityPolicy.Builder {}

  @Value.Check
  protected void check() {
    String t = "CarbonNeutralityPolicy";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "versionLabel", versionLabel());
    Checks.requireNonBlank(t, "text", text());
    Checks.requireDistinct(t, "items", items(), c -> c);
    documentId().ifPresent(d -> Checks.requireId(t, "documentId", d));
    lastReviewedOn().ifPresent(r -> Checks.requireNotBefore(t, "lastReviewedOn", r, "issuedOn",
        issuedOn()));
    reviewIntervalMonths().ifPresent(m -> {
      if (m <= 0) {
        throw new IllegalArgumentException(t + ".reviewIntervalMonths must be positive, but was "
            + m);
      }
    });
    communicatedTo().forEach(a -> Checks.requireNonBlank(t, "communicatedTo", a));
    Checks.requireDistinct(t, "communicatedTo", communicatedTo(), a -> a);
    supersedes().ifPresent(s -> {
      Checks.requireId(t, "supersedes", s);
      if (s.equals(id())) {
        throw new IllegalArgumentException(t + " " + id() + " cannot supersede itself");
      }
    });
  }
}
