// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-core: the model of a carbon-neutrality management system under T/CAS 612—2022. Sub-packages
 * follow the clauses of the standard: {@code context} (4), {@code leadership} (5), {@code planning}
 * (6.1, 6.7, 6.8), {@code inventory} (6.2, 6.3), {@code performance} (6.4–6.6), {@code support}
 * (7), {@code operation} (8), {@code evaluation} (9), {@code improvement} (10); the vocabulary is
 * in {@code ghg} and {@code units}, the aggregate in {@code system}, JSON and YAML in {@code json}.
 */
@NullMarked
@CnmsStyle
package org.cnms.core;

import org.jspecify.annotations.NullMarked;
