// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.leadership.TeamLevel;
import org.immutables.value.Value;

/**
 * The organisation (组织) that runs the carbon-neutrality management system (T/CAS 612 clauses 3.2
 * and 4): its name, legal identity and sector, and whether it is covered by an emissions trading
 * scheme (which makes an allowance plan necessary under clause 6.7).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation implements Identified, WithOrganisation {

  @Override
  public abstract String id();

  /** The registered name, in the language of registration (usually Chinese). */
  public abstract String name();

  /** The name in English, if the organisation uses one. */
  public abstract Optional<String> nameEn();

  /** The unified social credit code (统一社会信用代码), 18 characters, if known. */
  public abstract Optional<String> unifiedSocialCreditCode();

  /** The sector or industry, e.g. {@code 汽车零部件制造}. */
  public abstract String sector();

  /**
   * The levels of the organisation at which relevant managers are to be placed (T/CAS 612 clause
   * 5.1 h)), each once; empty if not recorded.
   */
  public abstract List<TeamLevel> levels();

  /**
   * Whether the organisation (or one of its facilities) is a covered entity of an emissions
   * trading scheme, e.g. the national ETS.
   */
  @Value.Default
  public boolean coveredByEts() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; {@code id}, {@code name} and {@code sector} are required. */
  public static final class Builder extends ImmutableOrganisation.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Organisation", "id", id());
    Checks.requireNonBlank("Organisation", "name", name());
    Checks.requireNonBlank("Organisation", "sector", sector());
    Checks.requireDistinct("Organisation", "levels", levels(), l -> l);
    unifiedSocialCreditCode().ifPresent(code -> {
      if (!code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
        throw new IllegalArgumentException(
            "Organisation.unifiedSocialCreditCode must be 18 characters of 0-9 and A-Y without"
                + " I, O, S, V, Z, but was '" + code + "'");
      }
    });
  }
}
