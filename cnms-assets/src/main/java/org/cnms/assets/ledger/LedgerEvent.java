// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.cnms.core.Identified;

/**
 * An event of the carbon-asset ledger (碳资产台账, T/CAS 612 clause 6.7): something that happened
 * to carbon units — issued or allocated, acquired, transferred between accounts, sold,
 * surrendered for compliance, retired for a claim, cancelled.
 *
 * <p>In JSON an event carries its type name in the field {@code type} ({@code Issued},
 * {@code Acquired}, {@code Transferred}, {@code Sold}, {@code SurrenderedForCompliance},
 * {@code RetiredForClaim}, {@code Cancelled}); its fields are written in alphabetical order, which
 * makes the compact JSON the canonical encoding the ledger hashes.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Issued.class, name = "Issued"),
    @JsonSubTypes.Type(value = Acquired.class, name = "Acquired"),
    @JsonSubTypes.Type(value = Transferred.class, name = "Transferred"),
    @JsonSubTypes.Type(value = Sold.class, name = "Sold"),
    @JsonSubTypes.Type(value = SurrenderedForCompliance.class, name = "SurrenderedForCompliance"),
    @JsonSubTypes.Type(value = RetiredForClaim.class, name = "RetiredForClaim"),
    @JsonSubTypes.Type(value = Cancelled.class, name = "Cancelled")})
@JsonPropertyOrder(alphabetic = true)
public sealed interface LedgerEvent extends Identified permits UnitArrival, UnitMovement {

  /** The id of the event, unique within its ledger. */
  @Override
  String id();

  /** The day the event took effect in the registry. */
  LocalDate date();

  /**
   * The name of the event's type, as written in the field {@code type} of its JSON, e.g.
   * {@code Issued}; the same for every event of one class.
   */
  String type();
}
