// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.cnms.quantification.activity.ActivityImport;

/**
 * The import of activity data (T/CAS 612 clause 9.1.1) into Spark: every file is read by the
 * SDK's own streaming {@link ActivityImport} inside the job — not by Spark's CSV source — so the
 * column mapping, the checks of every field, the problems and their physical line numbers are
 * exactly those of the single-machine import; bad rows become a Dataset of {@link ProblemRow}s,
 * never dropped.
 *
 * <p>A file is the unit of parallelism: one task per file (CSV is read as a stream, line by line,
 * to keep physical line numbers), so split large extracts into several files. Local paths and
 * {@code file:} URIs are read as files (duplicate ids named with the place of their first
 * occurrence within the file); any other URI ({@code hdfs:}, {@code s3a:} …) is opened with
 * Hadoop's file system and read once (a duplicate is reported without the first place). Ids
 * duplicated across files are not checked here.
 *
 * <p>Stateless, thread-safe.
 */
public final class SparkActivityImport {

  private SparkActivityImport() {}

  /**
   * The records and problems of CSV (or {@code .xlsx}) files; nothing is read until an action
   * runs. Each of {@link ActivityDatasets#records()} and {@link ActivityDatasets#problems()} reads
   * the files when it is computed; persist {@link ActivityDatasets#imported()} to read them once.
   *
   * @param spark the session, not null
   * @param settings the period, known sources and mapping, not null
   * @param files the files, as paths or URIs the executors can read
   */
  public static ActivityDatasets csv(SparkSession spark, ImportSettings settings,
      List<String> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<String> paths = spark.createDataset(
        jsc.parallelize(files, Math.max(1, files.size())).rdd(), Encoders.STRING());
    Dataset<ImportedRow> imported = paths.flatMap(
        (FlatMapFunction<String, ImportedRow>) f -> read(settings, f),
        Encoders.bean(ImportedRow.class));
    return new ActivityDatasets(imported);
  }

  /** The rows of one file, records and problems in reading order. */
  static Iterator<ImportedRow> read(ImportSettings settings, String file) {
    ActivityImport imp = settings.toImport();
    ArrayDeque<ImportedRow> pending = new ArrayDeque<>();
    Stream<ImportedRow> stream;
    URI uri = file.contains(":") && !file.matches("^[A-Za-z]:\\\\.*") ? URI.create(file) : null;
    if (uri == null || "file".equals(uri.getScheme())) {
      Path path = uri == null ? Path.of(file) : Path.of(uri);
      stream = imp.streamLocated(List.of(path), p -> file,
          p -> pending.add(ImportedRow.of(ProblemRow.of(p, file))))
          .map(l -> ImportedRow.of(ActivityRow.of(l.record(), l.source(), l.line())));
    } else {
      InputStream in;
      try {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        in = p.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(p);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open " + file, e);
      }
      stream = imp.streamCsv(in, file, p -> pending.add(ImportedRow.of(ProblemRow.of(p, file))))
          .map(r -> ImportedRow.of(ActivityRow.of(r, file, 0)));
    }
    Iterator<ImportedRow> it = stream.iterator();
    return new Iterator<>() {
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && !done) {
          if (it.hasNext()) {
            pending.add(it.next());
          } else {
            stream.close();
            done = true;
          }
        }
        return !pending.isEmpty();
      }

      @Override
      public ImportedRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  /**
   * What an import gives: the rows as read, and of them the records and the problems.
   *
   * @param imported every row read, a record or a problem
   */
  public record ActivityDatasets(Dataset<ImportedRow> imported) {

    /** The records of the good rows. */
    public Dataset<ActivityRow> records() {
      return imported.filter((FilterFunction<ImportedRow>) r -> r.getRecord() != null)
          .map((MapFunction<ImportedRow, ActivityRow>) ImportedRow::getRecord,
              Encoders.bean(ActivityRow.class));
    }

    /** Every problem of every bad row and file. */
    public Dataset<ProblemRow> problems() {
      return imported.filter((FilterFunction<ImportedRow>) r -> r.getProblem() != null)
          .map((MapFunction<ImportedRow, ProblemRow>) ImportedRow::getProblem,
              Encoders.bean(ProblemRow.class));
    }
  }
}
