// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import java.net.URI;

/**
 * A PACT API call that failed: the endpoint answered with an error response (or with something
 * that is not the specification's response), or could not be reached. Keeps the request's URI,
 * the HTTP status (0 when there was no answer) and the error response's {@code code} (e.g.
 * {@code NotFound}, {@code invalid_client}), empty when there was none.
 */
public final class PactApiException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String uri;
  private final int status;
  private final String code;

  /**
   * @param uri the URI requested, not null
   * @param status the HTTP status, or 0 if there was no response
   * @param code the error code of the response, or empty
   * @param message the message, a sentence
   */
  public PactApiException(URI uri, int status, String code, String message) {
    super(message);
    this.uri = uri.toString();
    this.status = status;
    this.code = code;
  }

  /** The URI requested. */
  public URI uri() {
    return URI.create(uri);
  }

  /** The HTTP status of the answer, or 0 if there was none. */
  public int status() {
    return status;
  }

  /** The error response's code (PACT {@code code} or OAuth2 {@code error}), or empty. */
  public String code() {
    return code;
  }
}
