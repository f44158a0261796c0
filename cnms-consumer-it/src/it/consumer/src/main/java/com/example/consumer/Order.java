// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The host's own type, as it writes it with its own mapper.
 *
 * @param price a decimal the host writes as a JSON number
 * @param placed an instant the host writes as an ISO-8601 string
 * @param note an optional the host writes as its value or null
 */
public record Order(BigDecimal price, Instant placed, Optional<String> note) {}
