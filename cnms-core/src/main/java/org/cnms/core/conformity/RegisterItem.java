// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One row of the item-level register of T/CAS 612—2022: an item of a clause as the standard lists
 * it — its own label ({@code a)}, {@code 1)}, {@code •}, {@code —}, {@code 注}), its auxiliary
 * verb, and the standard's key term — with the project's paraphrase and the evidence a program
 * could check. Only rows whose verb is in the 应 family or 需 (and that are not notes) can give a
 * nonconformity; {@link #isRequirement()} says which.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRegisterItem.class)
public abstract class RegisterItem implements WithRegisterItem {

  /** The clause or sub-clause the item belongs to, e.g. {@code 9.4.2}. */
  public abstract String clause();

  /** The register's running number of the row inside its clause, from 1. */
  public abstract int row();

  /**
   * The item's own label as the standard prints it: {@code a)}, {@code 1)}, {@code •} for an
   * unlettered bullet, {@code —} for an unnumbered sentence with its own verb, {@code 注} for a
   * note; {@code b) (cont.)} for a second requirement sentence inside item b).
   */
  public abstract String label();

  /**
   * How a finding cites the item inside its clause: the label, with a numbered sub-item under its
   * lettered item ({@code b) 1)}), a bullet by its position ({@code •3}), an unnumbered
   * sentence by its register row ({@code —5}), and the second requirement sentence of a lettered
   * item as the register labels it ({@code b) (cont.)}). Where a clause has a second lettered
   * list (5.2, 6.4), its items cite the list: {@code list 2 b)}.
   */
  public abstract String citation();

  /** The auxiliary verb as the standard writes it, e.g. {@code 应}, {@code 应考虑}, {@code 可以}. */
  public abstract String verb();

  /** Whether the row is a requirement (应 family or 需, not a note): only these can fail. */
  public abstract boolean isRequirement();

  /** The standard's key term, in its own words. */
  public abstract String keyTerm();

  /** What the item asks, in the project's own English words. */
  public abstract String paraphrase();

  /** The record or field that would show the item is met. */
  public abstract String evidence();

  /**
   * Good practice the register names beside this item that T/CAS 612 does not require: judged, if
   * at all, as an observation, never a nonconformity.
   */
  public abstract Optional<String> beyondTheStandard();

  /**
   * Why only an auditor can judge this requirement row, where no conformity rule of cnms judges it
   * from data (the project's {@code judgement.tsv}).
   */
  public abstract Optional<String> auditorJudgement();

  /** The item as cited in findings: {@code 9.4.2 b) 1)}, or the clause alone for a sentence. */
  public String cite() {
    return citation().startsWith("—") ? clause() : clause() + " " + citation();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisterItem}. */
  public static final class Builder extends ImmutableRegisterItem.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("RegisterItem", "clause", clause());
    Checks.requireNonBlank("RegisterItem", "label", label());
    Checks.requireNonBlank("RegisterItem", "verb", verb());
    if (row() < 1) {
      throw new IllegalArgumentException("RegisterItem.row must be at least 1, but was " + row());
    }
  }
}
