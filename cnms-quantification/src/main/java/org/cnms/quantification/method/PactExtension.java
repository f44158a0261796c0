// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data model extension of a PACT footprint ({@code DataModelExtension}): the version of the
 * extension's specification, the URL of its schema, optionally of its documentation, and its data,
 * a JSON object kept as the supplier sent it.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactExtension.class)
public abstract class PactExtension implements WithPactExtension {

  /** The extension's specification version ({@code specVersion}). */
  public abstract String specVersion();

  /** The URL of the extension's JSON schema ({@code dataSchema}). */
  public abstract String dataSchema();

  /** The URL of the extension's documentation ({@code documentation}). */
  public abstract Optional<String> documentation();

  /** The extension's data ({@code data}), a JSON object. */
  public abstract JsonNode data();

  /** Properties the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactExtension}; specVersion, dataSchema and data are required. */
  public static final class Builder extends ImmutablePactExtension.Builder {}
}
