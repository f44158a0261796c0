// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import java.util.Optional;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.gwp.GwpSet;

/**
 * What a quantification method (T/CAS 612 clause 6.2.2) is prepared against: the factor library,
 * the GWP set, and the activity's key,
 * unit, region and period, with the source and record ids that messages name.
 *
 * @param library the factor library
 * @param gwpSet the GWP set
 * @param sourceId the GHG source, for messages
 * @param recordId the first record the preparation is for, for messages
 * @param activityKey the activity key
 * @param unit the unit of the activity amount
 * @param region the activity's region, if any
 * @param period the activity period
 */
public record MethodContext(FactorLibrary library, GwpSet gwpSet, String sourceId,
    String recordId, String activityKey, MeasureUnit unit, Optional<String> region,
    ReportingPeriod period) {}
