// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One data item of the data-quality control plan (数据质量控制计划) (T/CAS 612 clause 6.8): what is
 * monitored, which GHG sources and sinks and which performance indicators it feeds, where the data
 * come from, how and how often they are collected (the form and frequency of 6.8), with which
 * meters, who owns them and how long they are kept.
 *
 * <p>A {@link CollectionMethod#METERED metered} item names at least one meter. The owner is a
 * person, a role, or both.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDataQualityItem.class)
public abstract class DataQualityItem implements Identified, WithDataQualityItem {

  @Override
  public abstract String id();

  /** What the data item is, e.g. {@code 天然气消耗量}. */
  public abstract String dataItem();

  /** The ids of the GHG sources and sinks the item feeds, each once; may be empty. */
  public abstract List<String> sourceIds();

  /**
   * The ids of the carbon neutrality performance indicators (6.4) whose data, such as the
   * denominator of an intensity, the item provides, each once; may be empty.
   */
  public abstract List<String> indicatorIds();

  /** Where the data come from, e.g. {@code meter}, {@code invoice}, {@code 能源台账}. */
  public abstract String sourceOfData();

  /** How the data are obtained. */
  public abstract CollectionMethod collectionMethod();

  /** How often the data are collected. */
  public abstract CollectionFrequency frequency();

  /** The ids of the meters that measure it, each once; at least one if metered. */
  public abstract List<String> meterIds();

  /** The id of the person who owns the item, if a person does. */
  public abstract Optional<String> ownerPersonId();

  /** The id of the role that owns the item, if a role does. */
  public abstract Optional<String> ownerRoleId();

  /** How many years the data are kept; more than zero. */
  public abstract int retentionYears();

  /** Whether the item feeds the GHG source or sink with this id. */
  public boolean feeds(String sourceId) {
    return sourceIds().contains(sourceId);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DataQualityItem}; {@code id}, {@code dataItem}, {@code sourceOfData}, {@code
   * collectionMethod}, {@code frequency}, an owner and {@code retentionYears} are required.
   */
  public static final class Builder extends ImmutableDataQualityItem.Builder {}

  @Value.Check
  protected void check() {
    String t = "DataQualityItem";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "dataItem", dataItem());
    sourceIds().forEach(s -> Checks.requireId(t, "sourceIds", s));
    Checks.requireDistinct(t, "sourceIds", sourceIds(), s -> s);
    indicatorIds().forEach(i -> Checks.requireId(t, "indicatorIds", i));
    Checks.requireDistinct(t, "indicatorIds", indicatorIds(), i -> i);
    Checks.requireNonBlank(t, "sourceOfData", sourceOfData());
    meterIds().forEach(m -> Checks.requireId(t, "meterIds", m));
    Checks.requireDistinct(t, "meterIds", meterIds(), m -> m);
    if (collectionMethod() == CollectionMethod.METERED && meterIds().isEmpty()) {
      throw new IllegalArgumentException(t + " " + id() + " is METERED and needs a meter id");
    }
    ownerPersonId().ifPresent(p -> Checks.requireId(t, "ownerPersonId", p));
    ownerRoleId().ifPresent(r -> Checks.requireId(t, "ownerRoleId", r));
    if (ownerPersonId().isEmpty() && ownerRoleId().isEmpty()) {
      throw new IllegalArgumentException(t + " " + id()
          + " needs an owner: an ownerPersonId or an ownerRoleId");
    }
    if (retentionYears() <= 0) {
      throw new IllegalArgumentException(t + ".retentionYears must be positive, but was "
          + retentionYears());
    }
  }
}
