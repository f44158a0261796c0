// SPDX-License-Identifier: Apache-2.0
/**
 * JSON and YAML of every cnms record: the Jackson module discovered by {@code
 * ObjectMapper.findAndRegisterModules()}, ready-made mappers and readable read errors.
 */
@NullMarked
package org.cnms.core.json;

import org.jspecify.annotations.NullMarked;
