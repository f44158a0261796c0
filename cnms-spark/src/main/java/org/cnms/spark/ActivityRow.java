// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;

/**
 * One figure of activity data (活动数据, T/CAS 612 clause 9.1.1) as a row of a Spark {@code
 * Dataset}: the fields of an {@link ActivityRecord} as plain columns (the amount as exact decimal
 * text, the unit as its code, dates as ISO text, enums by name), with the file and physical line
 * (for Parquet, the row index within the file) it was read from. A Java bean for {@code
 * Encoders.bean(ActivityRow.class)}; {@link #toRecord()} gives the record back exactly.
 *
 * <p>Mutable, as Spark's bean encoder requires; not thread-safe.
 */
public final class ActivityRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private String sourceId;
  private String facilityId;
  private String category;
  private String activityKey;
  private String amount;
  private String unit;
  private String periodStart;
  private String periodEnd;
  private String obtainedBy;
  private String region;
  private String meterId;
  private String documentRef;
  private String corrects;
  private Integer technological;
  private Integer temporal;
  private Integer geographical;
  private String file;
  private long line;

  /** An empty row, for the bean encoder. */
  public ActivityRow() {}

  /**
   * The row of a record read from {@code file} at {@code line}.
   *
   * @param record the record, not null
   * @param file the file's name, not null
   * @param line the physical line (CSV), the row (workbook) or the row index (Parquet)
   */
  public static ActivityRow of(ActivityRecord record, String file, long line) {
    ActivityRow r = new ActivityRow();
    r.id = record.id();
    r.sourceId = record.sourceId();
    r.facilityId = record.facilityId();
    r.category = record.category().name();
    r.activityKey = record.activityKey();
    r.amount = record.amount().value().toString();
    r.unit = record.amount().unit().code();
    r.periodStart = record.period().start().toString();
    r.periodEnd = record.period().end().toString();
    r.obtainedBy = record.obtainedBy().name();
    r.region = record.region().orElse(null);
    r.meterId = record.meterId().orElse(null);
    r.documentRef = record.documentRef().orElse(null);
    r.corrects = record.corrects().orElse(null);
    record.dataQuality().ifPresent(q -> {
      r.technological = q.technological();
      r.temporal = q.temporal();
      r.geographical = q.geographical();
    });
    r.file = Objects.requireNonNull(file, "file");
    r.line = line;
    return r;
  }

  /** The record this row holds, exactly as it was read. */
  public ActivityRecord toRecord() {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.id(id).sourceId(sourceId).facilityId(facilityId)
        .category(EmissionCategory.valueOf(category)).activityKey(activityKey)
        .amount(Amount.of(amount, unit))
        .period(ReportingPeriod.of(LocalDate.parse(periodStart), LocalDate.parse(periodEnd)))
        .obtainedBy(ObtainedBy.valueOf(obtainedBy));
    if (region != null) {
      b.region(region);
    }
    if (meterId != null) {
      b.meterId(meterId);
    }
    if (documentRef != null) {
      b.documentRef(documentRef);
    }
    if (corrects != null) {
      b.corrects(corrects);
    }
    if (technological != null && temporal != null && geographical != null) {
      b.dataQuality(DataQualityRating.of(technological, temporal, geographical));
    }
    return b.build();
  }

  /** The record's id. */
  public String getId() {
    return id;
  }

  /** Sets the record's id. */
  public void setId(String id) {
    this.id = id;
  }

  /** The source's id. */
  public String getSourceId() {
    return sourceId;
  }

  /** Sets the source's id. */
  public void setSourceId(String sourceId) {
    this.sourceId = sourceId;
  }

  /** The facility's id. */
  public String getFacilityId() {
    return facilityId;
  }

  /** Sets the facility's id. */
  public void setFacilityId(String facilityId) {
    this.facilityId = facilityId;
  }

  /** The category, by enum name, e.g. {@code DIRECT}. */
  public String getCategory() {
    return category;
  }

  /** Sets the category, by enum name. */
  public void setCategory(String category) {
    this.category = category;
  }

  /** The activity key. */
  public String getActivityKey() {
    return activityKey;
  }

  /** Sets the activity key. */
  public void setActivityKey(String activityKey) {
    this.activityKey = activityKey;
  }

  /** The amount, as exact decimal text. */
  public String getAmount() {
    return amount;
  }

  /** Sets the amount, as exact decimal text. */
  public void setAmount(String amount) {
    this.amount = amount;
  }

  /** The unit's code, e.g. {@code kWh}. */
  public String getUnit() {
    return unit;
  }

  /** Sets the unit's code. */
  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The first day of the activity period, ISO text. */
  public String getPeriodStart() {
    return periodStart;
  }

  /** Sets the first day of the activity period. */
  public void setPeriodStart(String periodStart) {
    this.periodStart = periodStart;
  }

  /** The last day of the activity period, ISO text. */
  public String getPeriodEnd() {
    return periodEnd;
  }

  /** Sets the last day of the activity period. */
  public void setPeriodEnd(String periodEnd) {
    this.periodEnd = periodEnd;
  }

  /** How the data were obtained, by enum name. */
  public String getObtainedBy() {
    return obtainedBy;
  }

  /** Sets how the data were obtained. */
  public void setObtainedBy(String obtainedBy) {
    this.obtainedBy = obtainedBy;
  }

  /** The region, or null. */
  public String getRegion() {
    return region;
  }

  /** Sets the region. */
  public void setRegion(String region) {
    this.region = region;
  }

  /** The meter's id, or null. */
  public String getMeterId() {
    return meterId;
  }

  /** Sets the meter's id. */
  public void setMeterId(String meterId) {
    this.meterId = meterId;
  }

  /** The document reference, or null. */
  public String getDocumentRef() {
    return documentRef;
  }

  /** Sets the document reference. */
  public void setDocumentRef(String documentRef) {
    this.documentRef = documentRef;
  }

  /** The id of the record this one corrects, or null. */
  public String getCorrects() {
    return corrects;
  }

  /** Sets the id of the record this one corrects. */
  public void setCorrects(String corrects) {
    this.corrects = corrects;
  }

  /** The technological data-quality rating, or null. */
  public Integer getTechnological() {
    return technological;
  }

  /** Sets the technological rating. */
  public void setTechnological(Integer technological) {
    this.technological = technological;
  }

  /** The temporal data-quality rating, or null. */
  public Integer getTemporal() {
    return temporal;
  }

  /** Sets the temporal rating. */
  public void setTemporal(Integer temporal) {
    this.temporal = temporal;
  }

  /** The geographical data-quality rating, or null. */
  public Integer getGeographical() {
    return geographical;
  }

  /** Sets the geographical rating. */
  public void setGeographical(Integer geographical) {
    this.geographical = geographical;
  }

  /** The file the row was read from. */
  public String getFile() {
    return file;
  }

  /** Sets the file. */
  public void setFile(String file) {
    this.file = file;
  }

  /** The physical line (CSV), row (workbook) or row index (Parquet) it was read from. */
  public long getLine() {
    return line;
  }

  /** Sets the line. */
  public void setLine(long line) {
    this.line = line;
  }
}
