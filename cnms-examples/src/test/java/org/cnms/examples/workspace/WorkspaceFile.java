// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of {@code workspace.yaml} as {@link WorkspaceLoader} reads them, as a type the JSON
 * Schema of the file is generated from (the loader reads the file as a tree, field by field, to
 * report every problem with its line). {@code WorkspaceSchemaTest} keeps the two in step: the
 * record's fields are the loader's known fields, and the sample reads with both.
 *
 * @param name the workspace's short name
 * @param organisation the organisation's name
 * @param years the reporting years
 * @param baseYear the base year, one of the years
 * @param assessmentDate the date the system is assessed at
 * @param gwpSet the GWP set of the inventories
 * @param inventoryIdPrefix the prefix of the inventories' ids
 * @param factorLibrary the name and version of factors.csv's library
 * @param neutralityClaims the neutrality claims, by year
 * @param ledger where the ledger is
 * @param yearsWithoutActivity the reporting years that truly have no activity, with the reason
 */
record WorkspaceFile(
    @JsonProperty(value = "name", required = true)
    @JsonPropertyDescription("The workspace's short name, e.g. east-china-precision.")
    String name,
    @JsonProperty(value = "organisation", required = true)
    @JsonPropertyDescription("The organisation's name.")
    String organisation,
    @JsonProperty(value = "years", required = true)
    @JsonPropertyDescription("The reporting years, e.g. [2021, 2022]; an activity/<year>.csv each.")
    List<Integer> years,
    @JsonProperty(value = "baseYear", required = true)
    @JsonPropertyDescription("The base year (T/CAS 612 clause 6.5), one of the years.")
    int baseYear,
    @JsonProperty(value = "assessmentDate", required = true)
    @JsonPropertyDescription("The date the system is assessed at, YYYY-MM-DD.")
    LocalDate assessmentDate,
    @JsonProperty(value = "gwpSet", required = true)
    @JsonPropertyDescription("The GWP set of the inventories: SAR, AR4, AR5 or AR6.")
    GwpSetName gwpSet,
    @JsonProperty("inventoryIdPrefix")
    @JsonPropertyDescription("The prefix of the inventories' ids (default INV-, giving INV-2021).")
    Optional<String> inventoryIdPrefix,
    @JsonProperty("factorLibrary")
    @JsonPropertyDescription("The name and version of the library factors.csv forms.")
    Optional<FactorLibrary> factorLibrary,
    @JsonProperty("neutralityClaims")
    @JsonPropertyDescription("The neutrality claims, one per reporting year at most.")
    List<NeutralityClaim> neutralityClaims,
    @JsonProperty("ledger")
    @JsonPropertyDescription("Where the carbon-asset ledger is: a JSON Lines file relative to the"
        + " workspace (default ledger.jsonl) or a JDBC URL without credentials.")
    Optional<String> ledger,
    @JsonProperty("yearsWithoutActivity")
    @JsonPropertyDescription("The reporting years that truly have no activity records, each with"
        + " its reason, e.g. {2020: plant closed}; any other year without records is an error.")
    Map<Integer, String> yearsWithoutActivity) {

  /**
   * The library of the organisation's own factors.
   *
   * @param name its name (default own-factors)
   * @param version its version (default 1)
   */
  record FactorLibrary(
      @JsonProperty("name") Optional<String> name,
      @JsonProperty("version") Optional<String> version) {}

  /**
   * A neutrality claim (T/CAS 612 clause 6.7) of a reporting year.
   *
   * @param id the claim's id, as the ledger's retirements name it
   * @param year the reporting year it is for
   * @param ledgerHead the head of the ledger the claim was judged on, if pinned
   */
  record NeutralityClaim(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "year", required = true) int year,
      @JsonProperty("ledgerHead")
      @JsonPropertyDescription("The head of the ledger the claim was judged on: a ledger shorter"
          + " than it, or holding another hash at that sequence, is an error.")
      Optional<LedgerHeadPin> ledgerHead) {}

  /**
   * The head of a ledger: its number of entries and the hash of its last entry.
   *
   * @param size the number of entries
   * @param hash the hash of the last entry, 64 lower-case hexadecimal digits
   */
  record LedgerHeadPin(
      @JsonProperty(value = "size", required = true) long size,
      @JsonProperty(value = "hash", required = true) String hash) {}

  /** The embedded GWP sets, read ignoring case. */
  enum GwpSetName {
    SAR, AR4, AR5, AR6;

    @JsonCreator
    static GwpSetName parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }
}
