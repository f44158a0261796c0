// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import java.time.Instant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cnms.core.Problem;
import org.cnms.quantification.method.ProductFootprint;

/**
 * What one {@link PactClient#fetchInto} did: the endpoint and time of the fetch, the footprints
 * written with their files and content hashes, and the footprints refused with their problems.
 *
 * @param endpoint the list endpoint fetched
 * @param time when the fetch started
 * @param written the footprints written, in the order listed
 * @param refused the ids (or list positions) of the footprints refused, with their problems
 */
public record FetchResult(URI endpoint, Instant time, List<Fetched> written,
    Map<String, List<Problem>> refused) {

  /** Copies the lists. */
  public FetchResult {
    written = List.copyOf(written);
    refused = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refused));
  }

  /**
   * One footprint written.
   *
   * @param id the footprint's id
   * @param file the file's name in the directory
   * @param sha256 the SHA-256 of the file's bytes, lower-case hex
   * @param footprint the footprint as read
   */
  public record Fetched(String id, String file, String sha256, ProductFootprint footprint) {}
}
