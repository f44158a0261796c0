// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Approval;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One version (版本) of a document of the carbon-neutrality management system (T/CAS 612 clause
 * 7.5): its label, issue date, author, approval and what changed. A version, once issued, is never
 * changed: a change is a new version.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDocumentVersion.class)
public abstract class DocumentVersion implements WithDocumentVersion {

  /** The version label, e.g. {@code A/0}, {@code 1.2}. */
  public abstract String versionLabel();

  /** The date the version was issued. */
  public abstract LocalDate issuedOn();

  /** Who wrote it (a person id or name). */
  public abstract String author();

  /** Its approval (clause 7.5.2), if given. */
  public abstract Optional<Approval> approval();

  /** What changed from the previous version, e.g. {@code 首次发布} for the first. */
  public abstract String changeSummary();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DocumentVersion}; {@code versionLabel}, {@code issuedOn}, {@code author} and
   * {@code changeSummary} are required.
   */
  public static final class Builder extends ImmutableDocumentVersion.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("DocumentVersion", "versionLabel", versionLabel());
    Checks.requireNonBlank("DocumentVersion", "author", author());
    Checks.requireNonBlank("DocumentVersion", "changeSummary", changeSummary());
  }
}
