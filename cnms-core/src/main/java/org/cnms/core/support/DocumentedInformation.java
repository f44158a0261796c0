// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A document in the register of documented information (文件化信息) (T/CAS 612 clause 7.5): its
 * number, title, origin, format and medium, its versions in order, how access and distribution are
 * controlled, and how long it is retained.
 *
 * <p>Versions are ordered and immutable: at least one, labels distinct, issue dates never going
 * back; the last is the {@linkplain #currentVersion() current version}. Retention is stated as
 * {@link #retentionYears()}, a {@link #disposalDate()}, or both.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDocumentedInformation.class)
public abstract class DocumentedInformation implements Identified, WithDocumentedInformation {

  /** The document number, e.g. {@code CNMS-M-01}. */
  @Override
  public abstract String id();

  /** The title. */
  public abstract String title();

  /** Whether the document is internal or of external origin. */
  public abstract DocumentOrigin origin();

  /** Its format and medium, e.g. {@code PDF, 电子版}. */
  public abstract String format();

  /** The versions, oldest first; at least one. */
  public abstract List<DocumentVersion> versions();

  /** How access and distribution are controlled, if recorded. */
  public abstract Optional<String> accessAndDistribution();

  /** How many years the document is retained, if stated; more than zero. */
  public abstract OptionalInt retentionYears();

  /** The date on which it is to be disposed of, if stated. */
  public abstract Optional<LocalDate> disposalDate();

  /** The current version: the last one. */
  public DocumentVersion currentVersion() {
    return versions().get(versions().size() - 1);
  }

  /** The version with this label, if there is one. */
  public Optional<DocumentVersion> version(String versionLabel) {
    return versions().stream().filter(v -> v.versionLabel().equals(versionLabel)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DocumentedInformation}; {@code id}, {@code title}, {@code origin}, {@code
   * format}, a version, and {@code retentionYears} or {@code disposalDate} are required.
   */
  public static final class Builder extends ImmutableDocumentedInformation.Builder {}

  @Value.Check
  protected void check() {
    String t = "DocumentedInformation";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "title", title());
    Checks.requireNonBlank(t, "format", format());
    Checks.requireNonEmpty(t, "versions", versions());
    Checks.requireDistinct(t, "versions", versions(), DocumentVersion::versionLabel);
    for (int i = 1; i < versions().size(); i++) {
      DocumentVersion earlier = versions().get(i - 1);
      DocumentVersion later = versions().get(i);
      if (later.issuedOn().isBefore(earlier.issuedOn())) {
        throw new IllegalArgumentException(t + " " + id() + ": version " + later.versionLabel()
            + " issued on " + later.issuedOn() + " must not be dated before the version before it, "
            + earlier.versionLabel() + " issued on " + earlier.issuedOn());
      }
    }
    accessAndDistribution().ifPresent(a -> Checks.requireNonBlank(t, "accessAndDistribution", a));
    retentionYears().ifPresent(y -> {
      if (y <= 0) {
        throw new IllegalArgumentException(t + ".retentionYears must be positive, but was " + y);
      }
    });
    if (retentionYears().isEmpty() && disposalDate().isEmpty()) {
      throw new IllegalArgumentException(t + " " + id()
          + " needs a retention: retentionYears or a disposalDate");
    }
    disposalDate().ifPresent(d -> Checks.requireNotBefore(t, "disposalDate", d,
        "versions[0].issuedOn", versions().get(0).issuedOn()));
  }
}
