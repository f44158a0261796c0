// SPDX-License-Identifier: Apache-2.0
/**
 * Carbon-neutrality claims checked apart from certification: a claim under ISO 14068-1:2023 is
 * verified, not certified; PAS 2060 (withdrawn at the end of November 2025) is kept as a legacy
 * mode for claims made before its withdrawal. Built on the neutrality balance of cnms-assets.
 */
@NullMarked
@CnmsStyle
package org.cnms.certification.claim;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
