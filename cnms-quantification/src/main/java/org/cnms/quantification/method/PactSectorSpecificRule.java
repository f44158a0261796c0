// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A set of product or sector specific rules applied in a footprint's calculation, as PACT v3
 * exchanges it ({@code ProductOrSectorSpecificRule}): its operator ({@code PEF},
 * {@code EPD International} or {@code Other}, then named), and the names of the rules.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactSectorSpecificRule.class)
public abstract class PactSectorSpecificRule implements WithPactSectorSpecificRule {

  /** {@code PEF}, {@code EPD International} or {@code Other} ({@code operator}). */
  public abstract String operator();

  /** The names of the rules ({@code ruleNames}), at least one. */
  public abstract List<String> ruleNames();

  /** The operator's name when the operator is {@code Other} ({@code otherOperatorName}). */
  public abstract Optional<String> otherOperatorName();

  /** Properties the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactSectorSpecificRule}; the operator is required. */
  public static final class Builder extends ImmutablePactSectorSpecificRule.Builder {}
}
