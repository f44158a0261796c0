// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens a server issued: random 256-bit bearer tokens, each valid for a lifetime;
 * expired ones are remembered for as long again so that they are answered as expired rather than
 * unknown. Thread-safe.
 */
public final class Tokens {

  /** What a presented token is. */
  public enum State {
    /** Issued and not expired. */
    VALID,
    /** Issued, but expired. */
    EXPIRED,
    /** Never issued (or long forgotten). */
    UNKNOWN
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiry = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  /**
   * @param lifetime how long a token is valid, not null
   * @param clock the clock, not null
   */
  public Tokens(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** How long a token is valid. */
  public Duration lifetime() {
    return lifetime;
  }

  /** A new token. */
  public String issue() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    String t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    Instant now = clock.instant();
    expiry.put(t, now.plus(lifetime));
    forgetOld(now);
    return t;
  }

  /** The state of a presented token. */
  public State check(String token) {
    Instant e = expiry.get(token);
    if (e == null) {
      return State.UNKNOWN;
    }
    return clock.instant().isBefore(e) ? State.VALID : State.EXPIRED;
  }

  private void forgetOld(Instant now) {
    for (Iterator<Instant> it = expiry.values().iterator(); it.hasNext(); ) {
      if (it.next().plus(lifetime).isBefore(now)) {
        it.remove();
      }
    }
  }
}
