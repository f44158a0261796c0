// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A verification statement (核查声明) on a GHG report, issued by a third-party verification body
 * (T/CAS 612 clause 9.1.2), e.g. under ISO 14064-3:2019: the level of assurance, the opinion, the
 * materiality threshold and the emissions the verifier confirmed.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableVerificationStatement.class)
public abstract class VerificationStatement implements Identified, WithVerificationStatement {

  @Override
  public abstract String id();

  /** The id of the {@link GhgReport} verified. */
  public abstract String reportId();

  /** The verification body. */
  public abstract String verifier();

  /** The standard of the verification, e.g. {@code ISO 14064-3:2019}. */
  public abstract String standard();

  /** The level of assurance. */
  public abstract LevelOfAssurance levelOfAssurance();

  /** The verifier's opinion. */
  public abstract VerificationOpinion opinion();

  /** The materiality threshold, in percent of the reported emissions, 0 to 100. */
  public abstract BigDecimal materialityPercent();

  /** The emissions the verifier confirmed, not negative. */
  public abstract Co2e verifiedEmissions();

  /** The date of the statement. */
  public abstract LocalDate issuedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VerificationStatement}; all attributes are required. */
  public static final class Builder extends ImmutableVerificationStatement.Builder {}

  @Value.Check
  protected void check() {
    String t = "VerificationStatement";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "reportId", reportId());
    Checks.requireNonBlank(t, "verifier", verifier());
    Checks.requireNonBlank(t, "standard", standard());
    Checks.requirePercentage(t, "materialityPercent", materialityPercent());
    Checks.requireNonNegative(t, "verifiedEmissions", verifiedEmissions().tonnes());
  }
}
