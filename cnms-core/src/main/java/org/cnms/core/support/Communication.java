// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One entry of the communication log (信息交流) (T/CAS 612 clause 7.4): what was communicated,
 * internally or externally, to whom, through which channel and when — e.g. the policy on the
 * intranet, emissions and removals in a sustainability report, a reply to a customer's request for
 * a product carbon footprint.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommunication.class)
public abstract class Communication implements Identified, WithCommunication {

  @Override
  public abstract String id();

  /** Whether it was internal or external. */
  public abstract CommunicationDirection direction();

  /** Which of the topics clause 7.4 lists it covered, if one. */
  public abstract Optional<CommunicationTopic> topic();

  /** With whom, e.g. {@code 全体员工}, {@code 客户A}. */
  public abstract String audience();

  /** Through which channel, e.g. {@code 公司官网}, {@code 邮件}. */
  public abstract String channel();

  /** When. */
  public abstract LocalDate date();

  /** What was communicated, in short. */
  public abstract String summary();

  /**
   * Whether the organisation received this communication (a request, an enquiry, a complaint)
   * rather than sent it: a received one calls for a response (clause 7.4). {@code false} unless
   * stated.
   */
  @Value.Default
  public boolean incoming() {
    return false;
  }

  /** The id of the communication or suggestion this one answers, if any. */
  public abstract Optional<String> inResponseTo();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Communication}; all attributes but {@code topic}, {@code incoming} and {@code inResponseTo}
   * are required.
   */
  public static final class Builder extends ImmutableCommunication.Builder {}

  @Value.Check
  protected void check() {
    String t = "Communication";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "audience", audience());
    Checks.requireNonBlank(t, "channel", channel());
    Checks.requireNonBlank(t, "summary", summary());
    inResponseTo().ifPresent(r -> {
      Checks.requireId(t, "inResponseTo", r);
      if (r.equals(id())) {
        throw new IllegalArgumentException(t + " " + id() + " cannot be in response to itself");
      }
    });
  }
}
