// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Where a reference figure comes from (数据来源), so that a verifier can find it (T/CAS 612
 * clauses 6.3 and 6.8): the publisher, the document, the table in it, the edition or year, how well
 * it is confirmed, and any note (e.g. the value of a source that disagrees).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance implements WithProvenance {

  /** The publisher, e.g. {@code MEE and NBS}. */
  public abstract String publisher();

  /** The document, e.g. {@code Announcement on 2022 electricity CO2 emission factors}. */
  public abstract String document();

  /** The table of the document, if any. */
  public abstract Optional<String> table();

  /** The edition or publication year, if known, e.g. {@code 2024-12-20}. */
  public abstract Optional<String> edition();

  /** How well the figure is confirmed. */
  public abstract SourceStatus status();

  /** A note, e.g. the value another source gives. */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A provenance for a figure the user supplies, e.g. a measured or supplier value. */
  public static Provenance userSupplied(String publisher, String document) {
    return builder().publisher(publisher).document(document).status(SourceStatus.USER_SUPPLIED)
        .build();
  }

  /** Builds a {@link Provenance}; publisher, document and status are required. */
  public static final class Builder extends ImmutableProvenance.Builder {}

  /** The provenance in one line, e.g. {@code MEE and NBS, Announcement …, 2024-12-20 (confirmed)}. */
  public String cite() {
    StringBuilder b = new StringBuilder(publisher()).append(", ").append(document());
    table().ifPresent(t -> b.append(", ").append(t));
    edition().ifPresent(e -> b.append(", ").append(e));
    b.append(" (").append(status().labelEn()).append(')');
    return b.toString();
  }

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("Provenance", "publisher", publisher());
    Checks.requireNonBlank("Provenance", "document", document());
  }
}
